// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/keywords.yaml#/models/Reserved
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `ReservedInput` and `ReservedPatch`.
public struct Reserved: Sendable {
    public let id: Int32
    public let keyword: Keyword?
    public let `associatedtype`: String?
    public let `borrowing`: Int32?
    public let `class`: Bool?
    public let `consuming`: Keyword?
    public let `deinit`: String?
    public let `enum`: Int32?
    public let `extension`: Bool?
    public let `fileprivate`: Keyword?
    public let `func`: String?
    public let `import`: Int32?
    public let `init`: Bool?
    public let `inout`: Keyword?
    public let `internal`: String?
    public let `let`: Int32?
    public let nonisolated: Bool?
    public let `open`: Keyword?
    public let `operator`: String?
    public let `private`: Int32?
    public let `precedencegroup`: Bool?
    public let `protocol`: Keyword?
    public let `public`: String?
    public let `rethrows`: Int32?
    public let `static`: Bool?
    public let `struct`: Keyword?
    public let `subscript`: String?
    public let `typealias`: Int32?
    public let `var`: Bool?
    public let `break`: Keyword?
    public let `case`: String?
    public let `catch`: Int32?
    public let `continue`: Bool?
    public let `default`: Keyword?
    public let `defer`: String?
    public let `do`: Int32?
    public let `else`: Bool?
    public let `fallthrough`: Keyword?
    public let `for`: String?
    public let `guard`: Int32?
    public let `if`: Bool?
    public let `in`: Keyword?
    public let `repeat`: String?
    public let `return`: Int32?
    public let `throw`: Bool?
    public let `switch`: Keyword?
    public let `where`: String?
    public let `while`: Int32?
    public let `as`: Bool?
    public let `await`: Keyword?
    public let `false`: String?
    public let `is`: Int32?
    public let `nil`: Bool?
    public let `super`: Keyword?
    public let `throws`: String?
    public let `true`: Int32?
    public let `try`: Bool?
    public let associativity: Keyword?
    public let `async`: String?
    public let convenience: Int32?
    public let didset: Bool?
    public let dynamic: Keyword?
    public let final: String?
    public let get: Int32?
    public let indirect: Bool?
    public let infix: Keyword?
    public let lazy: String?
    public let left: Int32?
    public let mutating: Bool?
    public let none: Keyword?
    public let nonmutating: String?
    public let optional: Int32?
    public let override: Bool?
    public let `package`: Keyword?
    public let postfix: String?
    public let precedence: Int32?
    public let prefix: Bool?
    public let required: Keyword?
    public let right: String?
    public let set: Int32?
    public let `some`: Bool?
    public let type: Keyword?
    public let unowned: String?
    public let weak: Int32?
    public let willset: Bool?
    public let `any`: Keyword?
    public let `consume`: String?
    public let `copy`: Int32?
    public let `discard`: Bool?
    public let `each`: Keyword?
    public let `macro`: String?
    public let sending: Int32?
    public let then: Bool?
    public let isolated: Keyword?
    public let actor: String?
    public let `unsafe`: Int32?
}

extension Reserved: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            keyword: try row.decodeOptional(1),
            associatedtype: try row.decodeOptional(2),
            borrowing: try row.decodeOptional(3),
            class: try row.decodeOptional(4),
            consuming: try row.decodeOptional(5),
            deinit: try row.decodeOptional(6),
            enum: try row.decodeOptional(7),
            extension: try row.decodeOptional(8),
            fileprivate: try row.decodeOptional(9),
            func: try row.decodeOptional(10),
            import: try row.decodeOptional(11),
            init: try row.decodeOptional(12),
            `inout`: try row.decodeOptional(13),
            internal: try row.decodeOptional(14),
            let: try row.decodeOptional(15),
            nonisolated: try row.decodeOptional(16),
            open: try row.decodeOptional(17),
            operator: try row.decodeOptional(18),
            private: try row.decodeOptional(19),
            precedencegroup: try row.decodeOptional(20),
            protocol: try row.decodeOptional(21),
            public: try row.decodeOptional(22),
            rethrows: try row.decodeOptional(23),
            static: try row.decodeOptional(24),
            struct: try row.decodeOptional(25),
            subscript: try row.decodeOptional(26),
            typealias: try row.decodeOptional(27),
            var: try row.decodeOptional(28),
            break: try row.decodeOptional(29),
            case: try row.decodeOptional(30),
            catch: try row.decodeOptional(31),
            continue: try row.decodeOptional(32),
            default: try row.decodeOptional(33),
            defer: try row.decodeOptional(34),
            do: try row.decodeOptional(35),
            else: try row.decodeOptional(36),
            fallthrough: try row.decodeOptional(37),
            for: try row.decodeOptional(38),
            guard: try row.decodeOptional(39),
            if: try row.decodeOptional(40),
            in: try row.decodeOptional(41),
            repeat: try row.decodeOptional(42),
            return: try row.decodeOptional(43),
            throw: try row.decodeOptional(44),
            switch: try row.decodeOptional(45),
            where: try row.decodeOptional(46),
            while: try row.decodeOptional(47),
            as: try row.decodeOptional(48),
            await: try row.decodeOptional(49),
            false: try row.decodeOptional(50),
            is: try row.decodeOptional(51),
            nil: try row.decodeOptional(52),
            super: try row.decodeOptional(53),
            throws: try row.decodeOptional(54),
            true: try row.decodeOptional(55),
            try: try row.decodeOptional(56),
            associativity: try row.decodeOptional(57),
            async: try row.decodeOptional(58),
            convenience: try row.decodeOptional(59),
            didset: try row.decodeOptional(60),
            dynamic: try row.decodeOptional(61),
            final: try row.decodeOptional(62),
            get: try row.decodeOptional(63),
            indirect: try row.decodeOptional(64),
            infix: try row.decodeOptional(65),
            lazy: try row.decodeOptional(66),
            left: try row.decodeOptional(67),
            mutating: try row.decodeOptional(68),
            none: try row.decodeOptional(69),
            nonmutating: try row.decodeOptional(70),
            optional: try row.decodeOptional(71),
            override: try row.decodeOptional(72),
            package: try row.decodeOptional(73),
            postfix: try row.decodeOptional(74),
            precedence: try row.decodeOptional(75),
            prefix: try row.decodeOptional(76),
            required: try row.decodeOptional(77),
            right: try row.decodeOptional(78),
            set: try row.decodeOptional(79),
            some: try row.decodeOptional(80),
            type: try row.decodeOptional(81),
            unowned: try row.decodeOptional(82),
            weak: try row.decodeOptional(83),
            willset: try row.decodeOptional(84),
            any: try row.decodeOptional(85),
            consume: try row.decodeOptional(86),
            copy: try row.decodeOptional(87),
            discard: try row.decodeOptional(88),
            each: try row.decodeOptional(89),
            macro: try row.decodeOptional(90),
            sending: try row.decodeOptional(91),
            then: try row.decodeOptional(92),
            isolated: try row.decodeOptional(93),
            actor: try row.decodeOptional(94),
            unsafe: try row.decodeOptional(95)
        )
    }
}

extension Reserved: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("keyword", string: self.keyword?.rawValue)
        writer.member("associatedtype", string: self.`associatedtype`)
        writer.member("borrowing", int: self.`borrowing`)
        writer.member("class", bool: self.`class`)
        writer.member("consuming", string: self.`consuming`?.rawValue)
        writer.member("deinit", string: self.`deinit`)
        writer.member("enum", int: self.`enum`)
        writer.member("extension", bool: self.`extension`)
        writer.member("fileprivate", string: self.`fileprivate`?.rawValue)
        writer.member("func", string: self.`func`)
        writer.member("import", int: self.`import`)
        writer.member("init", bool: self.`init`)
        writer.member("inout", string: self.`inout`?.rawValue)
        writer.member("internal", string: self.`internal`)
        writer.member("let", int: self.`let`)
        writer.member("nonisolated", bool: self.nonisolated)
        writer.member("open", string: self.`open`?.rawValue)
        writer.member("operator", string: self.`operator`)
        writer.member("private", int: self.`private`)
        writer.member("precedencegroup", bool: self.`precedencegroup`)
        writer.member("protocol", string: self.`protocol`?.rawValue)
        writer.member("public", string: self.`public`)
        writer.member("rethrows", int: self.`rethrows`)
        writer.member("static", bool: self.`static`)
        writer.member("struct", string: self.`struct`?.rawValue)
        writer.member("subscript", string: self.`subscript`)
        writer.member("typealias", int: self.`typealias`)
        writer.member("var", bool: self.`var`)
        writer.member("break", string: self.`break`?.rawValue)
        writer.member("case", string: self.`case`)
        writer.member("catch", int: self.`catch`)
        writer.member("continue", bool: self.`continue`)
        writer.member("default", string: self.`default`?.rawValue)
        writer.member("defer", string: self.`defer`)
        writer.member("do", int: self.`do`)
        writer.member("else", bool: self.`else`)
        writer.member("fallthrough", string: self.`fallthrough`?.rawValue)
        writer.member("for", string: self.`for`)
        writer.member("guard", int: self.`guard`)
        writer.member("if", bool: self.`if`)
        writer.member("in", string: self.`in`?.rawValue)
        writer.member("repeat", string: self.`repeat`)
        writer.member("return", int: self.`return`)
        writer.member("throw", bool: self.`throw`)
        writer.member("switch", string: self.`switch`?.rawValue)
        writer.member("where", string: self.`where`)
        writer.member("while", int: self.`while`)
        writer.member("as", bool: self.`as`)
        writer.member("await", string: self.`await`?.rawValue)
        writer.member("false", string: self.`false`)
        writer.member("is", int: self.`is`)
        writer.member("nil", bool: self.`nil`)
        writer.member("super", string: self.`super`?.rawValue)
        writer.member("throws", string: self.`throws`)
        writer.member("true", int: self.`true`)
        writer.member("try", bool: self.`try`)
        writer.member("associativity", string: self.associativity?.rawValue)
        writer.member("async", string: self.`async`)
        writer.member("convenience", int: self.convenience)
        writer.member("didset", bool: self.didset)
        writer.member("dynamic", string: self.dynamic?.rawValue)
        writer.member("final", string: self.final)
        writer.member("get", int: self.get)
        writer.member("indirect", bool: self.indirect)
        writer.member("infix", string: self.infix?.rawValue)
        writer.member("lazy", string: self.lazy)
        writer.member("left", int: self.left)
        writer.member("mutating", bool: self.mutating)
        writer.member("none", string: self.none?.rawValue)
        writer.member("nonmutating", string: self.nonmutating)
        writer.member("optional", int: self.optional)
        writer.member("override", bool: self.override)
        writer.member("package", string: self.`package`?.rawValue)
        writer.member("postfix", string: self.postfix)
        writer.member("precedence", int: self.precedence)
        writer.member("prefix", bool: self.prefix)
        writer.member("required", string: self.required?.rawValue)
        writer.member("right", string: self.right)
        writer.member("set", int: self.set)
        writer.member("some", bool: self.`some`)
        writer.member("type", string: self.type?.rawValue)
        writer.member("unowned", string: self.unowned)
        writer.member("weak", int: self.weak)
        writer.member("willset", bool: self.willset)
        writer.member("any", string: self.`any`?.rawValue)
        writer.member("consume", string: self.`consume`)
        writer.member("copy", int: self.`copy`)
        writer.member("discard", bool: self.`discard`)
        writer.member("each", string: self.`each`?.rawValue)
        writer.member("macro", string: self.`macro`)
        writer.member("sending", int: self.sending)
        writer.member("then", bool: self.then)
        writer.member("isolated", string: self.isolated?.rawValue)
        writer.member("actor", string: self.actor)
        writer.member("unsafe", int: self.`unsafe`)
        writer.endObject()
    }
}

extension Reserved: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Reserved(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("keyword", 1, .enumeration(Keyword.self), optional: true),
        .member("associatedtype", 2, .string, optional: true),
        .member("borrowing", 3, .int32, optional: true),
        .member("class", 4, .bool, optional: true),
        .member("consuming", 5, .enumeration(Keyword.self), optional: true),
        .member("deinit", 6, .string, optional: true),
        .member("enum", 7, .int32, optional: true),
        .member("extension", 8, .bool, optional: true),
        .member("fileprivate", 9, .enumeration(Keyword.self), optional: true),
        .member("func", 10, .string, optional: true),
        .member("import", 11, .int32, optional: true),
        .member("init", 12, .bool, optional: true),
        .member("inout", 13, .enumeration(Keyword.self), optional: true),
        .member("internal", 14, .string, optional: true),
        .member("let", 15, .int32, optional: true),
        .member("nonisolated", 16, .bool, optional: true),
        .member("open", 17, .enumeration(Keyword.self), optional: true),
        .member("operator", 18, .string, optional: true),
        .member("private", 19, .int32, optional: true),
        .member("precedencegroup", 20, .bool, optional: true),
        .member("protocol", 21, .enumeration(Keyword.self), optional: true),
        .member("public", 22, .string, optional: true),
        .member("rethrows", 23, .int32, optional: true),
        .member("static", 24, .bool, optional: true),
        .member("struct", 25, .enumeration(Keyword.self), optional: true),
        .member("subscript", 26, .string, optional: true),
        .member("typealias", 27, .int32, optional: true),
        .member("var", 28, .bool, optional: true),
        .member("break", 29, .enumeration(Keyword.self), optional: true),
        .member("case", 30, .string, optional: true),
        .member("catch", 31, .int32, optional: true),
        .member("continue", 32, .bool, optional: true),
        .member("default", 33, .enumeration(Keyword.self), optional: true),
        .member("defer", 34, .string, optional: true),
        .member("do", 35, .int32, optional: true),
        .member("else", 36, .bool, optional: true),
        .member("fallthrough", 37, .enumeration(Keyword.self), optional: true),
        .member("for", 38, .string, optional: true),
        .member("guard", 39, .int32, optional: true),
        .member("if", 40, .bool, optional: true),
        .member("in", 41, .enumeration(Keyword.self), optional: true),
        .member("repeat", 42, .string, optional: true),
        .member("return", 43, .int32, optional: true),
        .member("throw", 44, .bool, optional: true),
        .member("switch", 45, .enumeration(Keyword.self), optional: true),
        .member("where", 46, .string, optional: true),
        .member("while", 47, .int32, optional: true),
        .member("as", 48, .bool, optional: true),
        .member("await", 49, .enumeration(Keyword.self), optional: true),
        .member("false", 50, .string, optional: true),
        .member("is", 51, .int32, optional: true),
        .member("nil", 52, .bool, optional: true),
        .member("super", 53, .enumeration(Keyword.self), optional: true),
        .member("throws", 54, .string, optional: true),
        .member("true", 55, .int32, optional: true),
        .member("try", 56, .bool, optional: true),
        .member("associativity", 57, .enumeration(Keyword.self), optional: true),
        .member("async", 58, .string, optional: true),
        .member("convenience", 59, .int32, optional: true),
        .member("didset", 60, .bool, optional: true),
        .member("dynamic", 61, .enumeration(Keyword.self), optional: true),
        .member("final", 62, .string, optional: true),
        .member("get", 63, .int32, optional: true),
        .member("indirect", 64, .bool, optional: true),
        .member("infix", 65, .enumeration(Keyword.self), optional: true),
        .member("lazy", 66, .string, optional: true),
        .member("left", 67, .int32, optional: true),
        .member("mutating", 68, .bool, optional: true),
        .member("none", 69, .enumeration(Keyword.self), optional: true),
        .member("nonmutating", 70, .string, optional: true),
        .member("optional", 71, .int32, optional: true),
        .member("override", 72, .bool, optional: true),
        .member("package", 73, .enumeration(Keyword.self), optional: true),
        .member("postfix", 74, .string, optional: true),
        .member("precedence", 75, .int32, optional: true),
        .member("prefix", 76, .bool, optional: true),
        .member("required", 77, .enumeration(Keyword.self), optional: true),
        .member("right", 78, .string, optional: true),
        .member("set", 79, .int32, optional: true),
        .member("some", 80, .bool, optional: true),
        .member("type", 81, .enumeration(Keyword.self), optional: true),
        .member("unowned", 82, .string, optional: true),
        .member("weak", 83, .int32, optional: true),
        .member("willset", 84, .bool, optional: true),
        .member("any", 85, .enumeration(Keyword.self), optional: true),
        .member("consume", 86, .string, optional: true),
        .member("copy", 87, .int32, optional: true),
        .member("discard", 88, .bool, optional: true),
        .member("each", 89, .enumeration(Keyword.self), optional: true),
        .member("macro", 90, .string, optional: true),
        .member("sending", 91, .int32, optional: true),
        .member("then", 92, .bool, optional: true),
        .member("isolated", 93, .enumeration(Keyword.self), optional: true),
        .member("actor", 94, .string, optional: true),
        .member("unsafe", 95, .int32, optional: true),
    ])
}

/// The body of a create or replace request for `Reserved`: the fields a client may set.
/// An absent optional field takes its default.
public struct ReservedInput: Sendable, JSONBodyDecodable {
    public let keyword: Keyword?
    public let `associatedtype`: String?
    public let `borrowing`: Int32?
    public let `class`: Bool?
    public let `consuming`: Keyword?
    public let `deinit`: String?
    public let `enum`: Int32?
    public let `extension`: Bool?
    public let `fileprivate`: Keyword?
    public let `func`: String?
    public let `import`: Int32?
    public let `init`: Bool?
    public let `inout`: Keyword?
    public let `internal`: String?
    public let `let`: Int32?
    public let nonisolated: Bool?
    public let `open`: Keyword?
    public let `operator`: String?
    public let `private`: Int32?
    public let `precedencegroup`: Bool?
    public let `protocol`: Keyword?
    public let `public`: String?
    public let `rethrows`: Int32?
    public let `static`: Bool?
    public let `struct`: Keyword?
    public let `subscript`: String?
    public let `typealias`: Int32?
    public let `var`: Bool?
    public let `break`: Keyword?
    public let `case`: String?
    public let `catch`: Int32?
    public let `continue`: Bool?
    public let `default`: Keyword?
    public let `defer`: String?
    public let `do`: Int32?
    public let `else`: Bool?
    public let `fallthrough`: Keyword?
    public let `for`: String?
    public let `guard`: Int32?
    public let `if`: Bool?
    public let `in`: Keyword?
    public let `repeat`: String?
    public let `return`: Int32?
    public let `throw`: Bool?
    public let `switch`: Keyword?
    public let `where`: String?
    public let `while`: Int32?
    public let `as`: Bool?
    public let `await`: Keyword?
    public let `false`: String?
    public let `is`: Int32?
    public let `nil`: Bool?
    public let `super`: Keyword?
    public let `throws`: String?
    public let `true`: Int32?
    public let `try`: Bool?
    public let associativity: Keyword?
    public let `async`: String?
    public let convenience: Int32?
    public let didset: Bool?
    public let dynamic: Keyword?
    public let final: String?
    public let get: Int32?
    public let indirect: Bool?
    public let infix: Keyword?
    public let lazy: String?
    public let left: Int32?
    public let mutating: Bool?
    public let none: Keyword?
    public let nonmutating: String?
    public let optional: Int32?
    public let override: Bool?
    public let `package`: Keyword?
    public let postfix: String?
    public let precedence: Int32?
    public let prefix: Bool?
    public let required: Keyword?
    public let right: String?
    public let set: Int32?
    public let `some`: Bool?
    public let type: Keyword?
    public let unowned: String?
    public let weak: Int32?
    public let willset: Bool?
    public let `any`: Keyword?
    public let `consume`: String?
    public let `copy`: Int32?
    public let `discard`: Bool?
    public let `each`: Keyword?
    public let `macro`: String?
    public let sending: Int32?
    public let then: Bool?
    public let isolated: Keyword?
    public let actor: String?
    public let `unsafe`: Int32?

    public init(
        keyword: Keyword? = nil,
        `associatedtype`: String? = nil,
        `borrowing`: Int32? = nil,
        `class`: Bool? = nil,
        `consuming`: Keyword? = nil,
        `deinit`: String? = nil,
        `enum`: Int32? = nil,
        `extension`: Bool? = nil,
        `fileprivate`: Keyword? = nil,
        `func`: String? = nil,
        `import`: Int32? = nil,
        `init`: Bool? = nil,
        `inout`: Keyword? = nil,
        `internal`: String? = nil,
        `let`: Int32? = nil,
        nonisolated: Bool? = nil,
        `open`: Keyword? = nil,
        `operator`: String? = nil,
        `private`: Int32? = nil,
        `precedencegroup`: Bool? = nil,
        `protocol`: Keyword? = nil,
        `public`: String? = nil,
        `rethrows`: Int32? = nil,
        `static`: Bool? = nil,
        `struct`: Keyword? = nil,
        `subscript`: String? = nil,
        `typealias`: Int32? = nil,
        `var`: Bool? = nil,
        `break`: Keyword? = nil,
        `case`: String? = nil,
        `catch`: Int32? = nil,
        `continue`: Bool? = nil,
        `default`: Keyword? = nil,
        `defer`: String? = nil,
        `do`: Int32? = nil,
        `else`: Bool? = nil,
        `fallthrough`: Keyword? = nil,
        `for`: String? = nil,
        `guard`: Int32? = nil,
        `if`: Bool? = nil,
        `in`: Keyword? = nil,
        `repeat`: String? = nil,
        `return`: Int32? = nil,
        `throw`: Bool? = nil,
        `switch`: Keyword? = nil,
        `where`: String? = nil,
        `while`: Int32? = nil,
        `as`: Bool? = nil,
        `await`: Keyword? = nil,
        `false`: String? = nil,
        `is`: Int32? = nil,
        `nil`: Bool? = nil,
        `super`: Keyword? = nil,
        `throws`: String? = nil,
        `true`: Int32? = nil,
        `try`: Bool? = nil,
        associativity: Keyword? = nil,
        `async`: String? = nil,
        convenience: Int32? = nil,
        didset: Bool? = nil,
        dynamic: Keyword? = nil,
        final: String? = nil,
        get: Int32? = nil,
        indirect: Bool? = nil,
        infix: Keyword? = nil,
        lazy: String? = nil,
        left: Int32? = nil,
        mutating: Bool? = nil,
        none: Keyword? = nil,
        nonmutating: String? = nil,
        optional: Int32? = nil,
        override: Bool? = nil,
        `package`: Keyword? = nil,
        postfix: String? = nil,
        precedence: Int32? = nil,
        prefix: Bool? = nil,
        required: Keyword? = nil,
        right: String? = nil,
        set: Int32? = nil,
        `some`: Bool? = nil,
        type: Keyword? = nil,
        unowned: String? = nil,
        weak: Int32? = nil,
        willset: Bool? = nil,
        `any`: Keyword? = nil,
        `consume`: String? = nil,
        `copy`: Int32? = nil,
        `discard`: Bool? = nil,
        `each`: Keyword? = nil,
        `macro`: String? = nil,
        sending: Int32? = nil,
        then: Bool? = nil,
        isolated: Keyword? = nil,
        actor: String? = nil,
        `unsafe`: Int32? = nil
    ) {
        self.keyword = keyword
        self.associatedtype = `associatedtype`
        self.borrowing = `borrowing`
        self.class = `class`
        self.consuming = `consuming`
        self.deinit = `deinit`
        self.enum = `enum`
        self.extension = `extension`
        self.fileprivate = `fileprivate`
        self.func = `func`
        self.import = `import`
        self.`init` = `init`
        self.inout = `inout`
        self.internal = `internal`
        self.let = `let`
        self.nonisolated = nonisolated
        self.open = `open`
        self.operator = `operator`
        self.private = `private`
        self.precedencegroup = `precedencegroup`
        self.protocol = `protocol`
        self.public = `public`
        self.rethrows = `rethrows`
        self.static = `static`
        self.struct = `struct`
        self.subscript = `subscript`
        self.typealias = `typealias`
        self.var = `var`
        self.break = `break`
        self.case = `case`
        self.catch = `catch`
        self.continue = `continue`
        self.default = `default`
        self.defer = `defer`
        self.do = `do`
        self.else = `else`
        self.fallthrough = `fallthrough`
        self.for = `for`
        self.guard = `guard`
        self.if = `if`
        self.in = `in`
        self.repeat = `repeat`
        self.return = `return`
        self.throw = `throw`
        self.switch = `switch`
        self.where = `where`
        self.while = `while`
        self.as = `as`
        self.await = `await`
        self.false = `false`
        self.is = `is`
        self.nil = `nil`
        self.super = `super`
        self.throws = `throws`
        self.true = `true`
        self.try = `try`
        self.associativity = associativity
        self.async = `async`
        self.convenience = convenience
        self.didset = didset
        self.dynamic = dynamic
        self.final = final
        self.get = get
        self.indirect = indirect
        self.infix = infix
        self.lazy = lazy
        self.left = left
        self.mutating = mutating
        self.none = none
        self.nonmutating = nonmutating
        self.optional = optional
        self.override = override
        self.package = `package`
        self.postfix = postfix
        self.precedence = precedence
        self.prefix = prefix
        self.required = required
        self.right = right
        self.set = set
        self.some = `some`
        self.type = type
        self.unowned = unowned
        self.weak = weak
        self.willset = willset
        self.any = `any`
        self.consume = `consume`
        self.copy = `copy`
        self.discard = `discard`
        self.each = `each`
        self.macro = `macro`
        self.sending = sending
        self.then = then
        self.isolated = isolated
        self.actor = actor
        self.unsafe = `unsafe`
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ReservedInput? {
        let issues = validator.issueCount
        let input = ReservedInput(
            keyword: validator.member(object, "keyword", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            associatedtype: validator.member(object, "associatedtype", .string(maxLength: 20), nullable: true).nullable(default: nil),
            borrowing: validator.member(object, "borrowing", .int32(), nullable: true).nullable(default: nil),
            class: validator.member(object, "class", .bool, nullable: true).nullable(default: nil),
            consuming: validator.member(object, "consuming", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            deinit: validator.member(object, "deinit", .string(maxLength: 20), nullable: true).nullable(default: nil),
            enum: validator.member(object, "enum", .int32(), nullable: true).nullable(default: nil),
            extension: validator.member(object, "extension", .bool, nullable: true).nullable(default: nil),
            fileprivate: validator.member(object, "fileprivate", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            func: validator.member(object, "func", .string(maxLength: 20), nullable: true).nullable(default: nil),
            import: validator.member(object, "import", .int32(), nullable: true).nullable(default: nil),
            init: validator.member(object, "init", .bool, nullable: true).nullable(default: nil),
            `inout`: validator.member(object, "inout", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            internal: validator.member(object, "internal", .string(maxLength: 20), nullable: true).nullable(default: nil),
            let: validator.member(object, "let", .int32(), nullable: true).nullable(default: nil),
            nonisolated: validator.member(object, "nonisolated", .bool, nullable: true).nullable(default: nil),
            open: validator.member(object, "open", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            operator: validator.member(object, "operator", .string(maxLength: 20), nullable: true).nullable(default: nil),
            private: validator.member(object, "private", .int32(), nullable: true).nullable(default: nil),
            precedencegroup: validator.member(object, "precedencegroup", .bool, nullable: true).nullable(default: nil),
            protocol: validator.member(object, "protocol", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            public: validator.member(object, "public", .string(maxLength: 20), nullable: true).nullable(default: nil),
            rethrows: validator.member(object, "rethrows", .int32(), nullable: true).nullable(default: nil),
            static: validator.member(object, "static", .bool, nullable: true).nullable(default: nil),
            struct: validator.member(object, "struct", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            subscript: validator.member(object, "subscript", .string(maxLength: 20), nullable: true).nullable(default: nil),
            typealias: validator.member(object, "typealias", .int32(), nullable: true).nullable(default: nil),
            var: validator.member(object, "var", .bool, nullable: true).nullable(default: nil),
            break: validator.member(object, "break", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            case: validator.member(object, "case", .string(maxLength: 20), nullable: true).nullable(default: nil),
            catch: validator.member(object, "catch", .int32(), nullable: true).nullable(default: nil),
            continue: validator.member(object, "continue", .bool, nullable: true).nullable(default: nil),
            default: validator.member(object, "default", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            defer: validator.member(object, "defer", .string(maxLength: 20), nullable: true).nullable(default: nil),
            do: validator.member(object, "do", .int32(), nullable: true).nullable(default: nil),
            else: validator.member(object, "else", .bool, nullable: true).nullable(default: nil),
            fallthrough: validator.member(object, "fallthrough", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            for: validator.member(object, "for", .string(maxLength: 20), nullable: true).nullable(default: nil),
            guard: validator.member(object, "guard", .int32(), nullable: true).nullable(default: nil),
            if: validator.member(object, "if", .bool, nullable: true).nullable(default: nil),
            in: validator.member(object, "in", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            repeat: validator.member(object, "repeat", .string(maxLength: 20), nullable: true).nullable(default: nil),
            return: validator.member(object, "return", .int32(), nullable: true).nullable(default: nil),
            throw: validator.member(object, "throw", .bool, nullable: true).nullable(default: nil),
            switch: validator.member(object, "switch", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            where: validator.member(object, "where", .string(maxLength: 20), nullable: true).nullable(default: nil),
            while: validator.member(object, "while", .int32(), nullable: true).nullable(default: nil),
            as: validator.member(object, "as", .bool, nullable: true).nullable(default: nil),
            await: validator.member(object, "await", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            false: validator.member(object, "false", .string(maxLength: 20), nullable: true).nullable(default: nil),
            is: validator.member(object, "is", .int32(), nullable: true).nullable(default: nil),
            nil: validator.member(object, "nil", .bool, nullable: true).nullable(default: nil),
            super: validator.member(object, "super", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            throws: validator.member(object, "throws", .string(maxLength: 20), nullable: true).nullable(default: nil),
            true: validator.member(object, "true", .int32(), nullable: true).nullable(default: nil),
            try: validator.member(object, "try", .bool, nullable: true).nullable(default: nil),
            associativity: validator.member(object, "associativity", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            async: validator.member(object, "async", .string(maxLength: 20), nullable: true).nullable(default: nil),
            convenience: validator.member(object, "convenience", .int32(), nullable: true).nullable(default: nil),
            didset: validator.member(object, "didset", .bool, nullable: true).nullable(default: nil),
            dynamic: validator.member(object, "dynamic", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            final: validator.member(object, "final", .string(maxLength: 20), nullable: true).nullable(default: nil),
            get: validator.member(object, "get", .int32(), nullable: true).nullable(default: nil),
            indirect: validator.member(object, "indirect", .bool, nullable: true).nullable(default: nil),
            infix: validator.member(object, "infix", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            lazy: validator.member(object, "lazy", .string(maxLength: 20), nullable: true).nullable(default: nil),
            left: validator.member(object, "left", .int32(), nullable: true).nullable(default: nil),
            mutating: validator.member(object, "mutating", .bool, nullable: true).nullable(default: nil),
            none: validator.member(object, "none", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            nonmutating: validator.member(object, "nonmutating", .string(maxLength: 20), nullable: true).nullable(default: nil),
            optional: validator.member(object, "optional", .int32(), nullable: true).nullable(default: nil),
            override: validator.member(object, "override", .bool, nullable: true).nullable(default: nil),
            package: validator.member(object, "package", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            postfix: validator.member(object, "postfix", .string(maxLength: 20), nullable: true).nullable(default: nil),
            precedence: validator.member(object, "precedence", .int32(), nullable: true).nullable(default: nil),
            prefix: validator.member(object, "prefix", .bool, nullable: true).nullable(default: nil),
            required: validator.member(object, "required", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            right: validator.member(object, "right", .string(maxLength: 20), nullable: true).nullable(default: nil),
            set: validator.member(object, "set", .int32(), nullable: true).nullable(default: nil),
            some: validator.member(object, "some", .bool, nullable: true).nullable(default: nil),
            type: validator.member(object, "type", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            unowned: validator.member(object, "unowned", .string(maxLength: 20), nullable: true).nullable(default: nil),
            weak: validator.member(object, "weak", .int32(), nullable: true).nullable(default: nil),
            willset: validator.member(object, "willset", .bool, nullable: true).nullable(default: nil),
            any: validator.member(object, "any", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            consume: validator.member(object, "consume", .string(maxLength: 20), nullable: true).nullable(default: nil),
            copy: validator.member(object, "copy", .int32(), nullable: true).nullable(default: nil),
            discard: validator.member(object, "discard", .bool, nullable: true).nullable(default: nil),
            each: validator.member(object, "each", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            macro: validator.member(object, "macro", .string(maxLength: 20), nullable: true).nullable(default: nil),
            sending: validator.member(object, "sending", .int32(), nullable: true).nullable(default: nil),
            then: validator.member(object, "then", .bool, nullable: true).nullable(default: nil),
            isolated: validator.member(object, "isolated", .enumeration(Keyword.self), nullable: true).nullable(default: nil),
            actor: validator.member(object, "actor", .string(maxLength: 20), nullable: true).nullable(default: nil),
            unsafe: validator.member(object, "unsafe", .int32(), nullable: true).nullable(default: nil)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Reserved`: any subset of the fields a client may set.
public struct ReservedPatch: Sendable, JSONBodyDecodable {
    public let keyword: Presence<Keyword>
    public let `associatedtype`: Presence<String>
    public let `borrowing`: Presence<Int32>
    public let `class`: Presence<Bool>
    public let `consuming`: Presence<Keyword>
    public let `deinit`: Presence<String>
    public let `enum`: Presence<Int32>
    public let `extension`: Presence<Bool>
    public let `fileprivate`: Presence<Keyword>
    public let `func`: Presence<String>
    public let `import`: Presence<Int32>
    public let `init`: Presence<Bool>
    public let `inout`: Presence<Keyword>
    public let `internal`: Presence<String>
    public let `let`: Presence<Int32>
    public let nonisolated: Presence<Bool>
    public let `open`: Presence<Keyword>
    public let `operator`: Presence<String>
    public let `private`: Presence<Int32>
    public let `precedencegroup`: Presence<Bool>
    public let `protocol`: Presence<Keyword>
    public let `public`: Presence<String>
    public let `rethrows`: Presence<Int32>
    public let `static`: Presence<Bool>
    public let `struct`: Presence<Keyword>
    public let `subscript`: Presence<String>
    public let `typealias`: Presence<Int32>
    public let `var`: Presence<Bool>
    public let `break`: Presence<Keyword>
    public let `case`: Presence<String>
    public let `catch`: Presence<Int32>
    public let `continue`: Presence<Bool>
    public let `default`: Presence<Keyword>
    public let `defer`: Presence<String>
    public let `do`: Presence<Int32>
    public let `else`: Presence<Bool>
    public let `fallthrough`: Presence<Keyword>
    public let `for`: Presence<String>
    public let `guard`: Presence<Int32>
    public let `if`: Presence<Bool>
    public let `in`: Presence<Keyword>
    public let `repeat`: Presence<String>
    public let `return`: Presence<Int32>
    public let `throw`: Presence<Bool>
    public let `switch`: Presence<Keyword>
    public let `where`: Presence<String>
    public let `while`: Presence<Int32>
    public let `as`: Presence<Bool>
    public let `await`: Presence<Keyword>
    public let `false`: Presence<String>
    public let `is`: Presence<Int32>
    public let `nil`: Presence<Bool>
    public let `super`: Presence<Keyword>
    public let `throws`: Presence<String>
    public let `true`: Presence<Int32>
    public let `try`: Presence<Bool>
    public let associativity: Presence<Keyword>
    public let `async`: Presence<String>
    public let convenience: Presence<Int32>
    public let didset: Presence<Bool>
    public let dynamic: Presence<Keyword>
    public let final: Presence<String>
    public let get: Presence<Int32>
    public let indirect: Presence<Bool>
    public let infix: Presence<Keyword>
    public let lazy: Presence<String>
    public let left: Presence<Int32>
    public let mutating: Presence<Bool>
    public let none: Presence<Keyword>
    public let nonmutating: Presence<String>
    public let optional: Presence<Int32>
    public let override: Presence<Bool>
    public let `package`: Presence<Keyword>
    public let postfix: Presence<String>
    public let precedence: Presence<Int32>
    public let prefix: Presence<Bool>
    public let required: Presence<Keyword>
    public let right: Presence<String>
    public let set: Presence<Int32>
    public let `some`: Presence<Bool>
    public let type: Presence<Keyword>
    public let unowned: Presence<String>
    public let weak: Presence<Int32>
    public let willset: Presence<Bool>
    public let `any`: Presence<Keyword>
    public let `consume`: Presence<String>
    public let `copy`: Presence<Int32>
    public let `discard`: Presence<Bool>
    public let `each`: Presence<Keyword>
    public let `macro`: Presence<String>
    public let sending: Presence<Int32>
    public let then: Presence<Bool>
    public let isolated: Presence<Keyword>
    public let actor: Presence<String>
    public let `unsafe`: Presence<Int32>

    public init(
        keyword: Presence<Keyword> = .absent,
        `associatedtype`: Presence<String> = .absent,
        `borrowing`: Presence<Int32> = .absent,
        `class`: Presence<Bool> = .absent,
        `consuming`: Presence<Keyword> = .absent,
        `deinit`: Presence<String> = .absent,
        `enum`: Presence<Int32> = .absent,
        `extension`: Presence<Bool> = .absent,
        `fileprivate`: Presence<Keyword> = .absent,
        `func`: Presence<String> = .absent,
        `import`: Presence<Int32> = .absent,
        `init`: Presence<Bool> = .absent,
        `inout`: Presence<Keyword> = .absent,
        `internal`: Presence<String> = .absent,
        `let`: Presence<Int32> = .absent,
        nonisolated: Presence<Bool> = .absent,
        `open`: Presence<Keyword> = .absent,
        `operator`: Presence<String> = .absent,
        `private`: Presence<Int32> = .absent,
        `precedencegroup`: Presence<Bool> = .absent,
        `protocol`: Presence<Keyword> = .absent,
        `public`: Presence<String> = .absent,
        `rethrows`: Presence<Int32> = .absent,
        `static`: Presence<Bool> = .absent,
        `struct`: Presence<Keyword> = .absent,
        `subscript`: Presence<String> = .absent,
        `typealias`: Presence<Int32> = .absent,
        `var`: Presence<Bool> = .absent,
        `break`: Presence<Keyword> = .absent,
        `case`: Presence<String> = .absent,
        `catch`: Presence<Int32> = .absent,
        `continue`: Presence<Bool> = .absent,
        `default`: Presence<Keyword> = .absent,
        `defer`: Presence<String> = .absent,
        `do`: Presence<Int32> = .absent,
        `else`: Presence<Bool> = .absent,
        `fallthrough`: Presence<Keyword> = .absent,
        `for`: Presence<String> = .absent,
        `guard`: Presence<Int32> = .absent,
        `if`: Presence<Bool> = .absent,
        `in`: Presence<Keyword> = .absent,
        `repeat`: Presence<String> = .absent,
        `return`: Presence<Int32> = .absent,
        `throw`: Presence<Bool> = .absent,
        `switch`: Presence<Keyword> = .absent,
        `where`: Presence<String> = .absent,
        `while`: Presence<Int32> = .absent,
        `as`: Presence<Bool> = .absent,
        `await`: Presence<Keyword> = .absent,
        `false`: Presence<String> = .absent,
        `is`: Presence<Int32> = .absent,
        `nil`: Presence<Bool> = .absent,
        `super`: Presence<Keyword> = .absent,
        `throws`: Presence<String> = .absent,
        `true`: Presence<Int32> = .absent,
        `try`: Presence<Bool> = .absent,
        associativity: Presence<Keyword> = .absent,
        `async`: Presence<String> = .absent,
        convenience: Presence<Int32> = .absent,
        didset: Presence<Bool> = .absent,
        dynamic: Presence<Keyword> = .absent,
        final: Presence<String> = .absent,
        get: Presence<Int32> = .absent,
        indirect: Presence<Bool> = .absent,
        infix: Presence<Keyword> = .absent,
        lazy: Presence<String> = .absent,
        left: Presence<Int32> = .absent,
        mutating: Presence<Bool> = .absent,
        none: Presence<Keyword> = .absent,
        nonmutating: Presence<String> = .absent,
        optional: Presence<Int32> = .absent,
        override: Presence<Bool> = .absent,
        `package`: Presence<Keyword> = .absent,
        postfix: Presence<String> = .absent,
        precedence: Presence<Int32> = .absent,
        prefix: Presence<Bool> = .absent,
        required: Presence<Keyword> = .absent,
        right: Presence<String> = .absent,
        set: Presence<Int32> = .absent,
        `some`: Presence<Bool> = .absent,
        type: Presence<Keyword> = .absent,
        unowned: Presence<String> = .absent,
        weak: Presence<Int32> = .absent,
        willset: Presence<Bool> = .absent,
        `any`: Presence<Keyword> = .absent,
        `consume`: Presence<String> = .absent,
        `copy`: Presence<Int32> = .absent,
        `discard`: Presence<Bool> = .absent,
        `each`: Presence<Keyword> = .absent,
        `macro`: Presence<String> = .absent,
        sending: Presence<Int32> = .absent,
        then: Presence<Bool> = .absent,
        isolated: Presence<Keyword> = .absent,
        actor: Presence<String> = .absent,
        `unsafe`: Presence<Int32> = .absent
    ) {
        self.keyword = keyword
        self.associatedtype = `associatedtype`
        self.borrowing = `borrowing`
        self.class = `class`
        self.consuming = `consuming`
        self.deinit = `deinit`
        self.enum = `enum`
        self.extension = `extension`
        self.fileprivate = `fileprivate`
        self.func = `func`
        self.import = `import`
        self.`init` = `init`
        self.inout = `inout`
        self.internal = `internal`
        self.let = `let`
        self.nonisolated = nonisolated
        self.open = `open`
        self.operator = `operator`
        self.private = `private`
        self.precedencegroup = `precedencegroup`
        self.protocol = `protocol`
        self.public = `public`
        self.rethrows = `rethrows`
        self.static = `static`
        self.struct = `struct`
        self.subscript = `subscript`
        self.typealias = `typealias`
        self.var = `var`
        self.break = `break`
        self.case = `case`
        self.catch = `catch`
        self.continue = `continue`
        self.default = `default`
        self.defer = `defer`
        self.do = `do`
        self.else = `else`
        self.fallthrough = `fallthrough`
        self.for = `for`
        self.guard = `guard`
        self.if = `if`
        self.in = `in`
        self.repeat = `repeat`
        self.return = `return`
        self.throw = `throw`
        self.switch = `switch`
        self.where = `where`
        self.while = `while`
        self.as = `as`
        self.await = `await`
        self.false = `false`
        self.is = `is`
        self.nil = `nil`
        self.super = `super`
        self.throws = `throws`
        self.true = `true`
        self.try = `try`
        self.associativity = associativity
        self.async = `async`
        self.convenience = convenience
        self.didset = didset
        self.dynamic = dynamic
        self.final = final
        self.get = get
        self.indirect = indirect
        self.infix = infix
        self.lazy = lazy
        self.left = left
        self.mutating = mutating
        self.none = none
        self.nonmutating = nonmutating
        self.optional = optional
        self.override = override
        self.package = `package`
        self.postfix = postfix
        self.precedence = precedence
        self.prefix = prefix
        self.required = required
        self.right = right
        self.set = set
        self.some = `some`
        self.type = type
        self.unowned = unowned
        self.weak = weak
        self.willset = willset
        self.any = `any`
        self.consume = `consume`
        self.copy = `copy`
        self.discard = `discard`
        self.each = `each`
        self.macro = `macro`
        self.sending = sending
        self.then = then
        self.isolated = isolated
        self.actor = actor
        self.unsafe = `unsafe`
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ReservedPatch? {
        let issues = validator.issueCount
        let patch = ReservedPatch(
            keyword: validator.member(object, "keyword", .enumeration(Keyword.self), nullable: true),
            associatedtype: validator.member(object, "associatedtype", .string(maxLength: 20), nullable: true),
            borrowing: validator.member(object, "borrowing", .int32(), nullable: true),
            class: validator.member(object, "class", .bool, nullable: true),
            consuming: validator.member(object, "consuming", .enumeration(Keyword.self), nullable: true),
            deinit: validator.member(object, "deinit", .string(maxLength: 20), nullable: true),
            enum: validator.member(object, "enum", .int32(), nullable: true),
            extension: validator.member(object, "extension", .bool, nullable: true),
            fileprivate: validator.member(object, "fileprivate", .enumeration(Keyword.self), nullable: true),
            func: validator.member(object, "func", .string(maxLength: 20), nullable: true),
            import: validator.member(object, "import", .int32(), nullable: true),
            init: validator.member(object, "init", .bool, nullable: true),
            `inout`: validator.member(object, "inout", .enumeration(Keyword.self), nullable: true),
            internal: validator.member(object, "internal", .string(maxLength: 20), nullable: true),
            let: validator.member(object, "let", .int32(), nullable: true),
            nonisolated: validator.member(object, "nonisolated", .bool, nullable: true),
            open: validator.member(object, "open", .enumeration(Keyword.self), nullable: true),
            operator: validator.member(object, "operator", .string(maxLength: 20), nullable: true),
            private: validator.member(object, "private", .int32(), nullable: true),
            precedencegroup: validator.member(object, "precedencegroup", .bool, nullable: true),
            protocol: validator.member(object, "protocol", .enumeration(Keyword.self), nullable: true),
            public: validator.member(object, "public", .string(maxLength: 20), nullable: true),
            rethrows: validator.member(object, "rethrows", .int32(), nullable: true),
            static: validator.member(object, "static", .bool, nullable: true),
            struct: validator.member(object, "struct", .enumeration(Keyword.self), nullable: true),
            subscript: validator.member(object, "subscript", .string(maxLength: 20), nullable: true),
            typealias: validator.member(object, "typealias", .int32(), nullable: true),
            var: validator.member(object, "var", .bool, nullable: true),
            break: validator.member(object, "break", .enumeration(Keyword.self), nullable: true),
            case: validator.member(object, "case", .string(maxLength: 20), nullable: true),
            catch: validator.member(object, "catch", .int32(), nullable: true),
            continue: validator.member(object, "continue", .bool, nullable: true),
            default: validator.member(object, "default", .enumeration(Keyword.self), nullable: true),
            defer: validator.member(object, "defer", .string(maxLength: 20), nullable: true),
            do: validator.member(object, "do", .int32(), nullable: true),
            else: validator.member(object, "else", .bool, nullable: true),
            fallthrough: validator.member(object, "fallthrough", .enumeration(Keyword.self), nullable: true),
            for: validator.member(object, "for", .string(maxLength: 20), nullable: true),
            guard: validator.member(object, "guard", .int32(), nullable: true),
            if: validator.member(object, "if", .bool, nullable: true),
            in: validator.member(object, "in", .enumeration(Keyword.self), nullable: true),
            repeat: validator.member(object, "repeat", .string(maxLength: 20), nullable: true),
            return: validator.member(object, "return", .int32(), nullable: true),
            throw: validator.member(object, "throw", .bool, nullable: true),
            switch: validator.member(object, "switch", .enumeration(Keyword.self), nullable: true),
            where: validator.member(object, "where", .string(maxLength: 20), nullable: true),
            while: validator.member(object, "while", .int32(), nullable: true),
            as: validator.member(object, "as", .bool, nullable: true),
            await: validator.member(object, "await", .enumeration(Keyword.self), nullable: true),
            false: validator.member(object, "false", .string(maxLength: 20), nullable: true),
            is: validator.member(object, "is", .int32(), nullable: true),
            nil: validator.member(object, "nil", .bool, nullable: true),
            super: validator.member(object, "super", .enumeration(Keyword.self), nullable: true),
            throws: validator.member(object, "throws", .string(maxLength: 20), nullable: true),
            true: validator.member(object, "true", .int32(), nullable: true),
            try: validator.member(object, "try", .bool, nullable: true),
            associativity: validator.member(object, "associativity", .enumeration(Keyword.self), nullable: true),
            async: validator.member(object, "async", .string(maxLength: 20), nullable: true),
            convenience: validator.member(object, "convenience", .int32(), nullable: true),
            didset: validator.member(object, "didset", .bool, nullable: true),
            dynamic: validator.member(object, "dynamic", .enumeration(Keyword.self), nullable: true),
            final: validator.member(object, "final", .string(maxLength: 20), nullable: true),
            get: validator.member(object, "get", .int32(), nullable: true),
            indirect: validator.member(object, "indirect", .bool, nullable: true),
            infix: validator.member(object, "infix", .enumeration(Keyword.self), nullable: true),
            lazy: validator.member(object, "lazy", .string(maxLength: 20), nullable: true),
            left: validator.member(object, "left", .int32(), nullable: true),
            mutating: validator.member(object, "mutating", .bool, nullable: true),
            none: validator.member(object, "none", .enumeration(Keyword.self), nullable: true),
            nonmutating: validator.member(object, "nonmutating", .string(maxLength: 20), nullable: true),
            optional: validator.member(object, "optional", .int32(), nullable: true),
            override: validator.member(object, "override", .bool, nullable: true),
            package: validator.member(object, "package", .enumeration(Keyword.self), nullable: true),
            postfix: validator.member(object, "postfix", .string(maxLength: 20), nullable: true),
            precedence: validator.member(object, "precedence", .int32(), nullable: true),
            prefix: validator.member(object, "prefix", .bool, nullable: true),
            required: validator.member(object, "required", .enumeration(Keyword.self), nullable: true),
            right: validator.member(object, "right", .string(maxLength: 20), nullable: true),
            set: validator.member(object, "set", .int32(), nullable: true),
            some: validator.member(object, "some", .bool, nullable: true),
            type: validator.member(object, "type", .enumeration(Keyword.self), nullable: true),
            unowned: validator.member(object, "unowned", .string(maxLength: 20), nullable: true),
            weak: validator.member(object, "weak", .int32(), nullable: true),
            willset: validator.member(object, "willset", .bool, nullable: true),
            any: validator.member(object, "any", .enumeration(Keyword.self), nullable: true),
            consume: validator.member(object, "consume", .string(maxLength: 20), nullable: true),
            copy: validator.member(object, "copy", .int32(), nullable: true),
            discard: validator.member(object, "discard", .bool, nullable: true),
            each: validator.member(object, "each", .enumeration(Keyword.self), nullable: true),
            macro: validator.member(object, "macro", .string(maxLength: 20), nullable: true),
            sending: validator.member(object, "sending", .int32(), nullable: true),
            then: validator.member(object, "then", .bool, nullable: true),
            isolated: validator.member(object, "isolated", .enumeration(Keyword.self), nullable: true),
            actor: validator.member(object, "actor", .string(maxLength: 20), nullable: true),
            unsafe: validator.member(object, "unsafe", .int32(), nullable: true)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
