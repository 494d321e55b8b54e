import XCTest

@testable import RuntimeJSON

/// JSONTestSuite-style corpus: `y_` documents must parse, `n_` documents must be refused.
final class JSONParserTests: XCTestCase {
    static let accepted: [(String, [UInt8])] = [
        ("y_empty_object", bytes("{}")),
        ("y_empty_array", bytes("[]")),
        ("y_scalar_string", bytes(#""x""#)),
        ("y_scalar_number", bytes("-0")),
        ("y_scalar_null", bytes("null")),
        ("y_whitespace_around", bytes(" \t\r\n{ \"a\" : [ 1 , 2 ] }\n ")),
        ("y_nested", bytes(#"{"a":{"b":[true,false,null,{"c":"d"}]}}"#)),
        ("y_numbers", bytes("[0,-1,1.5,1e10,1E+2,-0.0e-0,123456789012345678901234567890]")),
        ("y_escapes", bytes(#"["\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC"]"#)),
        ("y_surrogate_pair", bytes(#"["\uD83D\uDE00"]"#)),
        ("y_escaped_nul", bytes(#"["\u0000"]"#)),
        ("y_utf8_2_3_4_bytes", bytes("[\"é€😀\"]")),
        ("y_utf8_max_scalar", [0x22, 0xF4, 0x8F, 0xBF, 0xBF, 0x22]),
        ("y_noncharacter", [0x22, 0xEF, 0xBF, 0xBF, 0x22]),
        ("y_del_in_string", [0x22, 0x7F, 0x22]),
        ("y_same_key_different_objects", bytes(#"[{"a":1},{"a":2}]"#)),
        ("y_keys_differ_by_case", bytes(#"{"a":1,"A":2}"#)),
    ]

    static let rejected: [(String, [UInt8])] = [
        ("n_empty", bytes("")),
        ("n_only_whitespace", bytes("  ")),
        ("n_trailing_comma_array", bytes("[1,]")),
        ("n_trailing_comma_object", bytes(#"{"a":1,}"#)),
        ("n_leading_comma", bytes("[,1]")),
        ("n_double_comma", bytes("[1,,2]")),
        ("n_missing_colon", bytes(#"{"a" 1}"#)),
        ("n_unquoted_key", bytes("{a:1}")),
        ("n_single_quotes", bytes("['a']")),
        ("n_leading_zero", bytes("[01]")),
        ("n_leading_zero_negative", bytes("[-01]")),
        ("n_plus_sign", bytes("[+1]")),
        ("n_dot_start", bytes("[.5]")),
        ("n_dot_end", bytes("[5.]")),
        ("n_exponent_empty", bytes("[1e]")),
        ("n_exponent_sign_only", bytes("[1e+]")),
        ("n_minus_only", bytes("[-]")),
        ("n_hex", bytes("[0x1]")),
        ("n_nan", bytes("[NaN]")),
        ("n_infinity", bytes("[Infinity]")),
        ("n_true_capital", bytes("[True]")),
        ("n_truncated_literal", bytes("[tru]")),
        ("n_literal_prefix", bytes("[nulls]")),
        ("n_unclosed_array", bytes("[1")),
        ("n_unclosed_object", bytes(#"{"a":1"#)),
        ("n_unclosed_string", bytes(#"["abc"#)),
        ("n_two_values", bytes("1 2")),
        ("n_after_value", bytes("{} x")),
        ("n_comment", bytes("[1] // c")),
        ("n_block_comment", bytes("/* c */ [1]")),
        ("n_bom", [0xEF, 0xBB, 0xBF] + bytes("{}")),
        ("n_nbsp_whitespace", [0xC2, 0xA0] + bytes("{}")),
        ("n_form_feed_whitespace", bytes("\u{0C}{}")),
        ("n_vertical_tab_whitespace", bytes("[\u{0B}1]")),
        ("n_raw_newline_in_string", bytes("[\"a\nb\"]")),
        ("n_raw_tab_in_string", bytes("[\"a\tb\"]")),
        ("n_raw_nul_in_string", [0x22, 0x00, 0x22]),
        ("n_bad_escape", bytes(#"["\x"]"#)),
        ("n_escape_uppercase_U", bytes(#"["\U0041"]"#)),
        ("n_short_unicode_escape", bytes(#"["\u12"]"#)),
        ("n_bad_hex_in_escape", bytes(#"["\u12G4"]"#)),
        ("n_lone_high_surrogate", bytes(#"["\uD800"]"#)),
        ("n_lone_high_surrogate_then_text", bytes(#"["\uD800abc"]"#)),
        ("n_lone_low_surrogate", bytes(#"["\uDC00"]"#)),
        ("n_high_high_surrogates", bytes(#"["\uD800\uD800"]"#)),
        ("n_high_then_bmp_escape", bytes(#"["\uD800\u0041"]"#)),
        ("n_reversed_surrogates", bytes(#"["\uDE00\uD83D"]"#)),
        ("n_duplicate_key", bytes(#"{"a":1,"a":2}"#)),
        ("n_duplicate_key_after_escape", bytes(#"{"a":1,"\u0061":2}"#)),
        ("n_duplicate_nested", bytes(#"{"x":{"b":1,"b":1}}"#)),
        ("n_utf8_lone_continuation", [0x22, 0x80, 0x22]),
        ("n_utf8_invalid_lead_C0", [0x22, 0xC0, 0xAF, 0x22]),
        ("n_utf8_invalid_lead_C1", [0x22, 0xC1, 0xBF, 0x22]),
        ("n_utf8_overlong_3_byte", [0x22, 0xE0, 0x80, 0xAF, 0x22]),
        ("n_utf8_overlong_4_byte", [0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22]),
        ("n_utf8_encoded_high_surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22]),
        ("n_utf8_encoded_low_surrogate", [0x22, 0xED, 0xBF, 0xBF, 0x22]),
        ("n_utf8_above_10FFFF", [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]),
        ("n_utf8_F5_lead", [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22]),
        ("n_utf8_FF", [0x22, 0xFF, 0x22]),
        ("n_utf8_truncated_2_byte", [0x22, 0xC3, 0x22]),
        ("n_utf8_truncated_at_end", [0x22, 0xE2, 0x82]),
        ("n_utf8_outside_string", [0x5B, 0xC3, 0xA9, 0x5D]),
        ("n_object_as_key", bytes(#"{{}:1}"#)),
        ("n_number_as_key", bytes(#"{1:1}"#)),
        ("n_array_unclosed_nested", bytes("[[[]]")),
        ("n_mismatched_brackets", bytes("[}")),
    ]

    func testAcceptedCorpus() {
        for (name, document) in Self.accepted {
            XCTAssertNoThrow(try JSONParser.parse(document), name)
        }
    }

    func testRejectedCorpus() {
        for (name, document) in Self.rejected {
            XCTAssertThrowsError(try JSONParser.parse(document), name)
        }
    }

    func testValues() throws {
        let value = try JSONParser.parse(#"{"s":"a\u00e9\uD83D\uDE00","n":-12.50e3,"b":[true,null]}"#)
        guard case .object(let object) = value else { return XCTFail("not an object") }
        XCTAssertEqual(object["s"], .string("aé😀"))
        XCTAssertEqual(object["n"], .number("-12.50e3"))
        XCTAssertEqual(object["b"], .array([.bool(true), .null]))
        XCTAssertNil(object["missing"])
        XCTAssertEqual(object.members.map(\.key), ["s", "n", "b"])
    }

    func testRawUTF8IsPreserved() throws {
        XCTAssertEqual(try JSONParser.parse(Array("\"héllo 😀 wörld\"".utf8)), .string("héllo 😀 wörld"))
        XCTAssertEqual(try JSONParser.parse(#""\u0000""#), .string("\u{0}"))
    }

    func testDepthLimit() throws {
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        XCTAssertNoThrow(try JSONParser.parse(ok))
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.message, "nesting too deep")
        }
        let bomb = Array(repeating: UInt8(ascii: "["), count: 1_000_000)
        XCTAssertThrowsError(try JSONParser.parse(bomb))
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        XCTAssertThrowsError(try JSONParser.parse(objects))
        XCTAssertNoThrow(try JSONParser.parse("[[1]]", maxDepth: 2))
        XCTAssertThrowsError(try JSONParser.parse("[[1]]", maxDepth: 1))
        XCTAssertNoThrow(try JSONParser.parse("1", maxDepth: 0))
        let capped = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        XCTAssertThrowsError(try JSONParser.parse(capped, maxDepth: 100_000))
        let atCap = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        XCTAssertNoThrow(try JSONParser.parse(atCap, maxDepth: 100_000))
    }

    func testNumberLengthLimit() throws {
        let longest = String(repeating: "9", count: 100)
        XCTAssertEqual(try JSONParser.parse(longest), .number(longest))
        XCTAssertThrowsError(try JSONParser.parse("[" + longest + "1]")) { error in
            XCTAssertEqual(error as? JSONSyntaxError, JSONSyntaxError(offset: 1, message: "number too long"))
        }
        XCTAssertThrowsError(try JSONParser.parse(String(repeating: "1", count: 1_000_000)))
    }

    func testErrorOffsets() {
        func offset(_ text: String) -> Int? {
            do {
                _ = try JSONParser.parse(text)
                return nil
            } catch { return error.offset }
        }
        XCTAssertEqual(offset("[1,]"), 3)
        XCTAssertEqual(offset(#"{"a":1,"a":2}"#), 7)
        XCTAssertEqual(offset("{} x"), 3)
        XCTAssertEqual(offset(""), 0)
        XCTAssertEqual(offset(#"["\uD800"]"#), 2)
    }

    func testManyKeysDuplicateDetection() throws {
        let members = (0..<1000).map { "\"k\($0)\":\($0)" }
        XCTAssertNoThrow(try JSONParser.parse("{" + members.joined(separator: ",") + "}"))
        XCTAssertThrowsError(try JSONParser.parse("{" + members.joined(separator: ",") + #","k500":1}"#))
        XCTAssertThrowsError(try JSONParser.parse("{" + members.joined(separator: ",") + #","k999":1}"#))
    }

    func testEveryTruncationOfAValidDocumentIsRejectedWithoutCrashing() {
        let document = Array(#"{"a":[1,-2.5e3,"x\u00e9\uD83D\uDE00é",true,false,null,{}]}"#.utf8)
        for length in 0..<document.count {
            XCTAssertThrowsError(try JSONParser.parse(Array(document[..<length])), "prefix \(length)")
        }
        XCTAssertNoThrow(try JSONParser.parse(document))
    }
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
