import XCTest

@testable import RuntimeHTTP

/// Feeds `input` to a fresh parser (optionally one byte at a time) and collects its events.
func parseAll(_ input: String, limits: HTTPParserLimits = HTTPParserLimits(), byteByByte: Bool = false) -> [HTTPParserEvent] {
    parseAll(Array(input.utf8), limits: limits, byteByByte: byteByByte)
}

func parseAll(_ input: [UInt8], limits: HTTPParserLimits = HTTPParserLimits(), byteByByte: Bool = false) -> [HTTPParserEvent] {
    var parser = HTTPRequestParser(limits: limits)
    var events: [HTTPParserEvent] = []
    let chunks: [[UInt8]] = byteByByte ? input.map { [$0] } : [input]
    for chunk in chunks {
        parser.append(chunk)
        while true {
            let event = parser.next()
            if case .needMoreData = event { break }
            events.append(event)
            if case .error = event { return events }
        }
    }
    return events
}

func requests(_ events: [HTTPParserEvent]) -> [ParsedRequest] {
    events.compactMap { if case .request(let request) = $0 { request } else { nil } }
}

func firstError(_ events: [HTTPParserEvent]) -> HTTPParseError? {
    events.lazy.compactMap { if case .error(let error) = $0 { error } else { nil } }.first
}
