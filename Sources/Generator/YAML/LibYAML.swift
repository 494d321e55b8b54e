import CYaml

/// The one file that calls libyaml. It turns the C parser's event stream into Swift values with
/// 1-based locations, and owns the parser and the input buffer, whose lifetimes libyaml leaves to us.

/// A parser event with everything the tree builder needs, already copied out of C memory.
enum LibYAMLEvent {
    case streamStart, streamEnd
    case documentStart(SourceLocation)
    case documentEnd
    case scalar(value: String, isPlain: Bool, anchor: String?, at: SourceLocation)
    case alias(anchor: String, at: SourceLocation)
    case sequenceStart(anchor: String?, at: SourceLocation)
    case sequenceEnd
    case mappingStart(anchor: String?, at: SourceLocation)
    case mappingEnd
}

/// libyaml's own description of a syntax error, with its marks converted to locations.
struct LibYAMLError: Error {
    var problem: String
    var location: SourceLocation
    var context: String?
    var contextLocation: SourceLocation?
}

/// Pulls events from libyaml's parser (`yaml_parser_parse`). Non-copyable so the C parser is
/// deleted exactly once.
struct LibYAMLEventReader: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// libyaml reads the input in place, so it must outlive the parser.
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let locator: ByteLocator
    /// Just after the last character of the input.
    private let end: SourceLocation

    init(bytes: [UInt8], file: String) {
        locator = ByteLocator(bytes: bytes, file: file)
        end = locator.location(ofByte: bytes.count)
        input = .allocate(capacity: bytes.count + 1)
        input.initialize(repeating: 0)
        _ = input.update(fromContentsOf: bytes)
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        // Fails only when malloc fails; libyaml then reports a memory error from the first parse.
        _ = yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or libyaml's error; after an error or `.streamEnd`, stop calling.
    mutating func next() -> Result<LibYAMLEvent, LibYAMLError> {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            return .failure(currentError())
        }
        defer { yaml_event_delete(&event) }
        return .success(convert(event))
    }

    private func convert(_ event: yaml_event_t) -> LibYAMLEvent {
        let at = location(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_DOCUMENT_START_EVENT: return .documentStart(at)
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias(anchor: string(event.data.alias.anchor) ?? "", at: at)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value =
                scalar.value.map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
                } ?? ""
            // `!!str 123` is a string however it is written.
            let isString = string(scalar.tag) == "tag:yaml.org,2002:str"
            let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE && !isString
            return .scalar(value: value, isPlain: isPlain, anchor: string(scalar.anchor), at: at)
        case YAML_SEQUENCE_START_EVENT: return .sequenceStart(anchor: string(event.data.sequence_start.anchor), at: at)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT: return .mappingStart(anchor: string(event.data.mapping_start.anchor), at: at)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default: return .streamEnd
        }
    }

    private func currentError() -> LibYAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown YAML error"
        var problemLocation = location(state.problem_mark)
        if state.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset instead of a mark.
            problemLocation = locator.location(ofByte: state.problem_offset)
        } else if state.error == YAML_MEMORY_ERROR {
            problemLocation = locator.location(ofByte: 0)
        }
        let context = state.context.map { String(cString: $0) }
        return LibYAMLError(
            problem: problem,
            location: problemLocation,
            context: context,
            contextLocation: context == nil ? nil : location(state.context_mark)
        )
    }

    /// At the end of a file without a final line break libyaml moves its mark to a line that does
    /// not exist; such marks point at the end of the last line instead.
    /// (`mark.index` counts characters, not bytes, so the comparison is by line and column.)
    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        let location = SourceLocation(file: locator.file, line: mark.line + 1, column: mark.column + 1)
        return min(location, end)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
