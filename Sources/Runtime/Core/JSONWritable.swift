import Foundation

/// A value that writes itself as JSON; generated models conform.
public protocol JSONWritable: Sendable {
    func writeJSON(to writer: inout JSONWriter)
}

extension JSONWriter {
    public mutating func value(_ value: some JSONWritable) {
        value.writeJSON(to: &self)
    }

    public mutating func array(_ values: [some JSONWritable]) {
        beginArray()
        for value in values { value.writeJSON(to: &self) }
        endArray()
    }

    public mutating func json(_ value: JSONText) {
        raw(Array(value.text.utf8))
    }

    /// Bytes as a standard base64 string.
    public mutating func base64(_ value: [UInt8]) {
        string(Data(value).base64EncodedString())
    }
}

extension Response {
    /// A JSON response whose body is one model.
    public static func json(_ status: Int, _ value: some JSONWritable, headers: HTTPHeaders = HTTPHeaders()) -> Response {
        var writer = JSONWriter()
        value.writeJSON(to: &writer)
        return json(status, writer.bytes, headers: headers)
    }

    /// A JSON response whose body is an array of models.
    public static func json(_ status: Int, _ values: [some JSONWritable], headers: HTTPHeaders = HTTPHeaders()) -> Response {
        var writer = JSONWriter(capacity: 256 * max(values.count, 1))
        writer.array(values)
        return json(status, writer.bytes, headers: headers)
    }
}
