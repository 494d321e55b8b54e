import RuntimeCore

/// The query fields of range and set filters (`?due_after=2026-01-01`, `?status_in=open,closed`):
/// every orderable type, and comma-separated lists.

extension QueryField where T == Double {
    /// A finite number (`1.5`, `-2e3`); `nan` and `inf` are refused.
    public static var double: QueryField<Double> {
        QueryField<Double> { text throws(FieldIssue) in
            guard DecimalLiteral.isNumberText(text), let number = Double(text) else { throw .floatParsing }
            guard number.isFinite else { throw .finiteNumber }
            return number
        }
    }
}

extension QueryField where T == DecimalValue {
    /// An exact decimal (`12.50`, `1e3`), never through a float.
    public static var decimal: QueryField<DecimalValue> {
        QueryField<DecimalValue> { text throws(FieldIssue) in
            guard DecimalLiteral.isNumberText(text), let parts = DecimalLiteral(text) else { throw .decimalParsing }
            try parts.check(precision: nil, scale: nil)
            guard let decimal = DecimalValue(parts.plainText) else { throw .decimalParsing }
            return decimal
        }
    }
}

extension QueryField where T == Timestamp {
    /// RFC 3339 with a zone (`2026-01-01T09:00:00Z`; a `+01:00` offset must be sent as `%2B01:00`).
    public static var timestamp: QueryField<Timestamp> {
        QueryField<Timestamp> { text throws(FieldIssue) in
            guard let timestamp = Timestamp(rfc3339: text) else { throw .datetimeParsing }
            return timestamp
        }
    }
}

extension QueryField where T == CalendarDate {
    /// `YYYY-MM-DD`.
    public static var date: QueryField<CalendarDate> {
        QueryField<CalendarDate> { text throws(FieldIssue) in
            guard let date = CalendarDate(iso: text) else { throw .dateParsing }
            return date
        }
    }
}

extension QueryField {
    /// At most this many items in one list parameter.
    public static var maximumListItems: Int { 100 }

    /// A comma-separated list, each item read by `item` (`?id_in=3,5,8`). Empty items and more
    /// than `maximumListItems` are refused; the first bad item's issue is reported.
    public static func list<Item: Sendable>(_ item: QueryField<Item>) -> QueryField<[Item]> where T == [Item] {
        QueryField<[Item]> { text throws(FieldIssue) in
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count <= maximumListItems else { throw .listTooLong(maximumListItems) }
            var items: [Item] = []
            items.reserveCapacity(parts.count)
            for part in parts {
                guard !part.isEmpty else { throw .listItemMissing }
                items.append(try item.decode(String(part)))
            }
            return items
        }
    }
}
