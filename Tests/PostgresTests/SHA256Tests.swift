import XCTest

@testable import RuntimePostgres

final class SHA256Tests: XCTestCase {
    func testKnownVectors() {
        XCTAssertEqual(SHA256.hexDigest(Array("".utf8)), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hexDigest(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hexDigest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            SHA256.hexDigest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testMigrationChecksumIgnoresLineEndingStyle() {
        let unix = Migration(version: 1, name: "0001.sql", sql: "CREATE TABLE a (id int);\nSELECT 1;\n")
        let windows = Migration(version: 1, name: "0001.sql", sql: "CREATE TABLE a (id int);\r\nSELECT 1;\r\n")
        XCTAssertEqual(unix.checksum, windows.checksum)
        XCTAssertNotEqual(unix.checksum, Migration(version: 1, name: "0001.sql", sql: "CREATE TABLE a (id bigint);\n").checksum)
    }
}
