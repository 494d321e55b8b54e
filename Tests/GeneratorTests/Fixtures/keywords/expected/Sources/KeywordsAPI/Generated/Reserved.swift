// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/keywords.yaml#/models/Reserved
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

    public init(
        id: Int32,
        keyword: Keyword?,
        `associatedtype`: String?,
        `borrowing`: Int32?,
        `class`: Bool?,
        `consuming`: Keyword?,
        `deinit`: String?,
        `enum`: Int32?,
        `extension`: Bool?,
        `fileprivate`: Keyword?,
        `func`: String?,
        `import`: Int32?,
        `init`: Bool?,
        `inout`: Keyword?,
        `internal`: String?,
        `let`: Int32?,
        nonisolated: Bool?,
        `open`: Keyword?,
        `operator`: String?,
        `private`: Int32?,
        `precedencegroup`: Bool?,
        `protocol`: Keyword?,
        `public`: String?,
        `rethrows`: Int32?,
        `static`: Bool?,
        `struct`: Keyword?,
        `subscript`: String?,
        `typealias`: Int32?,
        `var`: Bool?,
        `break`: Keyword?,
        `case`: String?,
        `catch`: Int32?,
        `continue`: Bool?,
        `default`: Keyword?,
        `defer`: String?,
        `do`: Int32?,
        `else`: Bool?,
        `fallthrough`: Keyword?,
        `for`: String?,
        `guard`: Int32?,
        `if`: Bool?,
        `in`: Keyword?,
        `repeat`: String?,
        `return`: Int32?,
        `throw`: Bool?,
        `switch`: Keyword?,
        `where`: String?,
        `while`: Int32?,
        `as`: Bool?,
        `await`: Keyword?,
        `false`: String?,
        `is`: Int32?,
        `nil`: Bool?,
        `super`: Keyword?,
        `throws`: String?,
        `true`: Int32?,
        `try`: Bool?,
        associativity: Keyword?,
        `async`: String?,
        convenience: Int32?,
        didset: Bool?,
        dynamic: Keyword?,
        final: String?,
        get: Int32?,
        indirect: Bool?,
        infix: Keyword?,
        lazy: String?,
        left: Int32?,
        mutating: Bool?,
        none: Keyword?,
        nonmutating: String?,
        optional: Int32?,
        override: Bool?,
        `package`: Keyword?,
        postfix: String?,
        precedence: Int32?,
        prefix: Bool?,
        required: Keyword?,
        right: String?,
        set: Int32?,
        `some`: Bool?,
        type: Keyword?,
        unowned: String?,
        weak: Int32?,
        willset: Bool?,
        `any`: Keyword?,
        `consume`: String?,
        `copy`: Int32?,
        `discard`: Bool?,
        `each`: Keyword?,
        `macro`: String?,
        sending: Int32?,
        then: Bool?,
        isolated: Keyword?,
        actor: String?,
        `unsafe`: Int32?
    ) {
        self.id = id
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
        writer.key("id")
        writer.int(id)
        writer.key("keyword")
        if let keyword { writer.string(keyword.rawValue) } else { writer.null() }
        writer.key("associatedtype")
        if let `associatedtype` { writer.string(`associatedtype`) } else { writer.null() }
        writer.key("borrowing")
        if let `borrowing` { writer.int(`borrowing`) } else { writer.null() }
        writer.key("class")
        if let `class` { writer.bool(`class`) } else { writer.null() }
        writer.key("consuming")
        if let `consuming` { writer.string(`consuming`.rawValue) } else { writer.null() }
        writer.key("deinit")
        if let `deinit` { writer.string(`deinit`) } else { writer.null() }
        writer.key("enum")
        if let `enum` { writer.int(`enum`) } else { writer.null() }
        writer.key("extension")
        if let `extension` { writer.bool(`extension`) } else { writer.null() }
        writer.key("fileprivate")
        if let `fileprivate` { writer.string(`fileprivate`.rawValue) } else { writer.null() }
        writer.key("func")
        if let `func` { writer.string(`func`) } else { writer.null() }
        writer.key("import")
        if let `import` { writer.int(`import`) } else { writer.null() }
        writer.key("init")
        if let `init` { writer.bool(`init`) } else { writer.null() }
        writer.key("inout")
        if let `inout` { writer.string(`inout`.rawValue) } else { writer.null() }
        writer.key("internal")
        if let `internal` { writer.string(`internal`) } else { writer.null() }
        writer.key("let")
        if let `let` { writer.int(`let`) } else { writer.null() }
        writer.key("nonisolated")
        if let nonisolated { writer.bool(nonisolated) } else { writer.null() }
        writer.key("open")
        if let `open` { writer.string(`open`.rawValue) } else { writer.null() }
        writer.key("operator")
        if let `operator` { writer.string(`operator`) } else { writer.null() }
        writer.key("private")
        if let `private` { writer.int(`private`) } else { writer.null() }
        writer.key("precedencegroup")
        if let `precedencegroup` { writer.bool(`precedencegroup`) } else { writer.null() }
        writer.key("protocol")
        if let `protocol` { writer.string(`protocol`.rawValue) } else { writer.null() }
        writer.key("public")
        if let `public` { writer.string(`public`) } else { writer.null() }
        writer.key("rethrows")
        if let `rethrows` { writer.int(`rethrows`) } else { writer.null() }
        writer.key("static")
        if let `static` { writer.bool(`static`) } else { writer.null() }
        writer.key("struct")
        if let `struct` { writer.string(`struct`.rawValue) } else { writer.null() }
        writer.key("subscript")
        if let `subscript` { writer.string(`subscript`) } else { writer.null() }
        writer.key("typealias")
        if let `typealias` { writer.int(`typealias`) } else { writer.null() }
        writer.key("var")
        if let `var` { writer.bool(`var`) } else { writer.null() }
        writer.key("break")
        if let `break` { writer.string(`break`.rawValue) } else { writer.null() }
        writer.key("case")
        if let `case` { writer.string(`case`) } else { writer.null() }
        writer.key("catch")
        if let `catch` { writer.int(`catch`) } else { writer.null() }
        writer.key("continue")
        if let `continue` { writer.bool(`continue`) } else { writer.null() }
        writer.key("default")
        if let `default` { writer.string(`default`.rawValue) } else { writer.null() }
        writer.key("defer")
        if let `defer` { writer.string(`defer`) } else { writer.null() }
        writer.key("do")
        if let `do` { writer.int(`do`) } else { writer.null() }
        writer.key("else")
        if let `else` { writer.bool(`else`) } else { writer.null() }
        writer.key("fallthrough")
        if let `fallthrough` { writer.string(`fallthrough`.rawValue) } else { writer.null() }
        writer.key("for")
        if let `for` { writer.string(`for`) } else { writer.null() }
        writer.key("guard")
        if let `guard` { writer.int(`guard`) } else { writer.null() }
        writer.key("if")
        if let `if` { writer.bool(`if`) } else { writer.null() }
        writer.key("in")
        if let `in` { writer.string(`in`.rawValue) } else { writer.null() }
        writer.key("repeat")
        if let `repeat` { writer.string(`repeat`) } else { writer.null() }
        writer.key("return")
        if let `return` { writer.int(`return`) } else { writer.null() }
        writer.key("throw")
        if let `throw` { writer.bool(`throw`) } else { writer.null() }
        writer.key("switch")
        if let `switch` { writer.string(`switch`.rawValue) } else { writer.null() }
        writer.key("where")
        if let `where` { writer.string(`where`) } else { writer.null() }
        writer.key("while")
        if let `while` { writer.int(`while`) } else { writer.null() }
        writer.key("as")
        if let `as` { writer.bool(`as`) } else { writer.null() }
        writer.key("await")
        if let `await` { writer.string(`await`.rawValue) } else { writer.null() }
        writer.key("false")
        if let `false` { writer.string(`false`) } else { writer.null() }
        writer.key("is")
        if let `is` { writer.int(`is`) } else { writer.null() }
        writer.key("nil")
        if let `nil` { writer.bool(`nil`) } else { writer.null() }
        writer.key("super")
        if let `super` { writer.string(`super`.rawValue) } else { writer.null() }
        writer.key("throws")
        if let `throws` { writer.string(`throws`) } else { writer.null() }
        writer.key("true")
        if let `true` { writer.int(`true`) } else { writer.null() }
        writer.key("try")
        if let `try` { writer.bool(`try`) } else { writer.null() }
        writer.key("associativity")
        if let associativity { writer.string(associativity.rawValue) } else { writer.null() }
        writer.key("async")
        if let `async` { writer.string(`async`) } else { writer.null() }
        writer.key("convenience")
        if let convenience { writer.int(convenience) } else { writer.null() }
        writer.key("didset")
        if let didset { writer.bool(didset) } else { writer.null() }
        writer.key("dynamic")
        if let dynamic { writer.string(dynamic.rawValue) } else { writer.null() }
        writer.key("final")
        if let final { writer.string(final) } else { writer.null() }
        writer.key("get")
        if let get { writer.int(get) } else { writer.null() }
        writer.key("indirect")
        if let indirect { writer.bool(indirect) } else { writer.null() }
        writer.key("infix")
        if let infix { writer.string(infix.rawValue) } else { writer.null() }
        writer.key("lazy")
        if let lazy { writer.string(lazy) } else { writer.null() }
        writer.key("left")
        if let left { writer.int(left) } else { writer.null() }
        writer.key("mutating")
        if let mutating { writer.bool(mutating) } else { writer.null() }
        writer.key("none")
        if let none { writer.string(none.rawValue) } else { writer.null() }
        writer.key("nonmutating")
        if let nonmutating { writer.string(nonmutating) } else { writer.null() }
        writer.key("optional")
        if let optional { writer.int(optional) } else { writer.null() }
        writer.key("override")
        if let override { writer.bool(override) } else { writer.null() }
        writer.key("package")
        if let `package` { writer.string(`package`.rawValue) } else { writer.null() }
        writer.key("postfix")
        if let postfix { writer.string(postfix) } else { writer.null() }
        writer.key("precedence")
        if let precedence { writer.int(precedence) } else { writer.null() }
        writer.key("prefix")
        if let prefix { writer.bool(prefix) } else { writer.null() }
        writer.key("required")
        if let required { writer.string(required.rawValue) } else { writer.null() }
        writer.key("right")
        if let right { writer.string(right) } else { writer.null() }
        writer.key("set")
        if let set { writer.int(set) } else { writer.null() }
        writer.key("some")
        if let `some` { writer.bool(`some`) } else { writer.null() }
        writer.key("type")
        if let type { writer.string(type.rawValue) } else { writer.null() }
        writer.key("unowned")
        if let unowned { writer.string(unowned) } else { writer.null() }
        writer.key("weak")
        if let weak { writer.int(weak) } else { writer.null() }
        writer.key("willset")
        if let willset { writer.bool(willset) } else { writer.null() }
        writer.key("any")
        if let `any` { writer.string(`any`.rawValue) } else { writer.null() }
        writer.key("consume")
        if let `consume` { writer.string(`consume`) } else { writer.null() }
        writer.key("copy")
        if let `copy` { writer.int(`copy`) } else { writer.null() }
        writer.key("discard")
        if let `discard` { writer.bool(`discard`) } else { writer.null() }
        writer.key("each")
        if let `each` { writer.string(`each`.rawValue) } else { writer.null() }
        writer.key("macro")
        if let `macro` { writer.string(`macro`) } else { writer.null() }
        writer.key("sending")
        if let sending { writer.int(sending) } else { writer.null() }
        writer.key("then")
        if let then { writer.bool(then) } else { writer.null() }
        writer.key("isolated")
        if let isolated { writer.string(isolated.rawValue) } else { writer.null() }
        writer.key("actor")
        if let actor { writer.string(actor) } else { writer.null() }
        writer.key("unsafe")
        if let `unsafe` { writer.int(`unsafe`) } else { writer.null() }
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
        let keyword = validator.optional(object, "keyword", .enumeration(Keyword.self), nullable: true)
        let `associatedtype` = validator.optional(object, "associatedtype", .string(maxLength: 20), nullable: true)
        let `borrowing` = validator.optional(object, "borrowing", .int32(), nullable: true)
        let `class` = validator.optional(object, "class", .bool, nullable: true)
        let `consuming` = validator.optional(object, "consuming", .enumeration(Keyword.self), nullable: true)
        let `deinit` = validator.optional(object, "deinit", .string(maxLength: 20), nullable: true)
        let `enum` = validator.optional(object, "enum", .int32(), nullable: true)
        let `extension` = validator.optional(object, "extension", .bool, nullable: true)
        let `fileprivate` = validator.optional(object, "fileprivate", .enumeration(Keyword.self), nullable: true)
        let `func` = validator.optional(object, "func", .string(maxLength: 20), nullable: true)
        let `import` = validator.optional(object, "import", .int32(), nullable: true)
        let `init` = validator.optional(object, "init", .bool, nullable: true)
        let `inout` = validator.optional(object, "inout", .enumeration(Keyword.self), nullable: true)
        let `internal` = validator.optional(object, "internal", .string(maxLength: 20), nullable: true)
        let `let` = validator.optional(object, "let", .int32(), nullable: true)
        let nonisolated = validator.optional(object, "nonisolated", .bool, nullable: true)
        let `open` = validator.optional(object, "open", .enumeration(Keyword.self), nullable: true)
        let `operator` = validator.optional(object, "operator", .string(maxLength: 20), nullable: true)
        let `private` = validator.optional(object, "private", .int32(), nullable: true)
        let `precedencegroup` = validator.optional(object, "precedencegroup", .bool, nullable: true)
        let `protocol` = validator.optional(object, "protocol", .enumeration(Keyword.self), nullable: true)
        let `public` = validator.optional(object, "public", .string(maxLength: 20), nullable: true)
        let `rethrows` = validator.optional(object, "rethrows", .int32(), nullable: true)
        let `static` = validator.optional(object, "static", .bool, nullable: true)
        let `struct` = validator.optional(object, "struct", .enumeration(Keyword.self), nullable: true)
        let `subscript` = validator.optional(object, "subscript", .string(maxLength: 20), nullable: true)
        let `typealias` = validator.optional(object, "typealias", .int32(), nullable: true)
        let `var` = validator.optional(object, "var", .bool, nullable: true)
        let `break` = validator.optional(object, "break", .enumeration(Keyword.self), nullable: true)
        let `case` = validator.optional(object, "case", .string(maxLength: 20), nullable: true)
        let `catch` = validator.optional(object, "catch", .int32(), nullable: true)
        let `continue` = validator.optional(object, "continue", .bool, nullable: true)
        let `default` = validator.optional(object, "default", .enumeration(Keyword.self), nullable: true)
        let `defer` = validator.optional(object, "defer", .string(maxLength: 20), nullable: true)
        let `do` = validator.optional(object, "do", .int32(), nullable: true)
        let `else` = validator.optional(object, "else", .bool, nullable: true)
        let `fallthrough` = validator.optional(object, "fallthrough", .enumeration(Keyword.self), nullable: true)
        let `for` = validator.optional(object, "for", .string(maxLength: 20), nullable: true)
        let `guard` = validator.optional(object, "guard", .int32(), nullable: true)
        let `if` = validator.optional(object, "if", .bool, nullable: true)
        let `in` = validator.optional(object, "in", .enumeration(Keyword.self), nullable: true)
        let `repeat` = validator.optional(object, "repeat", .string(maxLength: 20), nullable: true)
        let `return` = validator.optional(object, "return", .int32(), nullable: true)
        let `throw` = validator.optional(object, "throw", .bool, nullable: true)
        let `switch` = validator.optional(object, "switch", .enumeration(Keyword.self), nullable: true)
        let `where` = validator.optional(object, "where", .string(maxLength: 20), nullable: true)
        let `while` = validator.optional(object, "while", .int32(), nullable: true)
        let `as` = validator.optional(object, "as", .bool, nullable: true)
        let `await` = validator.optional(object, "await", .enumeration(Keyword.self), nullable: true)
        let `false` = validator.optional(object, "false", .string(maxLength: 20), nullable: true)
        let `is` = validator.optional(object, "is", .int32(), nullable: true)
        let `nil` = validator.optional(object, "nil", .bool, nullable: true)
        let `super` = validator.optional(object, "super", .enumeration(Keyword.self), nullable: true)
        let `throws` = validator.optional(object, "throws", .string(maxLength: 20), nullable: true)
        let `true` = validator.optional(object, "true", .int32(), nullable: true)
        let `try` = validator.optional(object, "try", .bool, nullable: true)
        let associativity = validator.optional(object, "associativity", .enumeration(Keyword.self), nullable: true)
        let `async` = validator.optional(object, "async", .string(maxLength: 20), nullable: true)
        let convenience = validator.optional(object, "convenience", .int32(), nullable: true)
        let didset = validator.optional(object, "didset", .bool, nullable: true)
        let dynamic = validator.optional(object, "dynamic", .enumeration(Keyword.self), nullable: true)
        let final = validator.optional(object, "final", .string(maxLength: 20), nullable: true)
        let get = validator.optional(object, "get", .int32(), nullable: true)
        let indirect = validator.optional(object, "indirect", .bool, nullable: true)
        let infix = validator.optional(object, "infix", .enumeration(Keyword.self), nullable: true)
        let lazy = validator.optional(object, "lazy", .string(maxLength: 20), nullable: true)
        let left = validator.optional(object, "left", .int32(), nullable: true)
        let mutating = validator.optional(object, "mutating", .bool, nullable: true)
        let none = validator.optional(object, "none", .enumeration(Keyword.self), nullable: true)
        let nonmutating = validator.optional(object, "nonmutating", .string(maxLength: 20), nullable: true)
        let optional = validator.optional(object, "optional", .int32(), nullable: true)
        let override = validator.optional(object, "override", .bool, nullable: true)
        let `package` = validator.optional(object, "package", .enumeration(Keyword.self), nullable: true)
        let postfix = validator.optional(object, "postfix", .string(maxLength: 20), nullable: true)
        let precedence = validator.optional(object, "precedence", .int32(), nullable: true)
        let prefix = validator.optional(object, "prefix", .bool, nullable: true)
        let required = validator.optional(object, "required", .enumeration(Keyword.self), nullable: true)
        let right = validator.optional(object, "right", .string(maxLength: 20), nullable: true)
        let set = validator.optional(object, "set", .int32(), nullable: true)
        let `some` = validator.optional(object, "some", .bool, nullable: true)
        let type = validator.optional(object, "type", .enumeration(Keyword.self), nullable: true)
        let unowned = validator.optional(object, "unowned", .string(maxLength: 20), nullable: true)
        let weak = validator.optional(object, "weak", .int32(), nullable: true)
        let willset = validator.optional(object, "willset", .bool, nullable: true)
        let `any` = validator.optional(object, "any", .enumeration(Keyword.self), nullable: true)
        let `consume` = validator.optional(object, "consume", .string(maxLength: 20), nullable: true)
        let `copy` = validator.optional(object, "copy", .int32(), nullable: true)
        let `discard` = validator.optional(object, "discard", .bool, nullable: true)
        let `each` = validator.optional(object, "each", .enumeration(Keyword.self), nullable: true)
        let `macro` = validator.optional(object, "macro", .string(maxLength: 20), nullable: true)
        let sending = validator.optional(object, "sending", .int32(), nullable: true)
        let then = validator.optional(object, "then", .bool, nullable: true)
        let isolated = validator.optional(object, "isolated", .enumeration(Keyword.self), nullable: true)
        let actor = validator.optional(object, "actor", .string(maxLength: 20), nullable: true)
        let `unsafe` = validator.optional(object, "unsafe", .int32(), nullable: true)
        guard let keyword, let `associatedtype`, let `borrowing`, let `class`, let `consuming`, let `deinit`, let `enum`, let `extension`, let `fileprivate`, let `func`, let `import`, let `init`, let `inout`, let `internal`, let `let`, let nonisolated, let `open`, let `operator`, let `private`, let `precedencegroup`, let `protocol`, let `public`, let `rethrows`, let `static`, let `struct`, let `subscript`, let `typealias`, let `var`, let `break`, let `case`, let `catch`, let `continue`, let `default`, let `defer`, let `do`, let `else`, let `fallthrough`, let `for`, let `guard`, let `if`, let `in`, let `repeat`, let `return`, let `throw`, let `switch`, let `where`, let `while`, let `as`, let `await`, let `false`, let `is`, let `nil`, let `super`, let `throws`, let `true`, let `try`, let associativity, let `async`, let convenience, let didset, let dynamic, let final, let get, let indirect, let infix, let lazy, let left, let mutating, let none, let nonmutating, let optional, let override, let `package`, let postfix, let precedence, let prefix, let required, let right, let set, let `some`, let type, let unowned, let weak, let willset, let `any`, let `consume`, let `copy`, let `discard`, let `each`, let `macro`, let sending, let then, let isolated, let actor, let `unsafe` else { return nil }
        return ReservedInput(
            keyword: keyword.nullable(default: nil),
            associatedtype: `associatedtype`.nullable(default: nil),
            borrowing: `borrowing`.nullable(default: nil),
            class: `class`.nullable(default: nil),
            consuming: `consuming`.nullable(default: nil),
            deinit: `deinit`.nullable(default: nil),
            enum: `enum`.nullable(default: nil),
            extension: `extension`.nullable(default: nil),
            fileprivate: `fileprivate`.nullable(default: nil),
            func: `func`.nullable(default: nil),
            import: `import`.nullable(default: nil),
            init: `init`.nullable(default: nil),
            `inout`: `inout`.nullable(default: nil),
            internal: `internal`.nullable(default: nil),
            let: `let`.nullable(default: nil),
            nonisolated: nonisolated.nullable(default: nil),
            open: `open`.nullable(default: nil),
            operator: `operator`.nullable(default: nil),
            private: `private`.nullable(default: nil),
            precedencegroup: `precedencegroup`.nullable(default: nil),
            protocol: `protocol`.nullable(default: nil),
            public: `public`.nullable(default: nil),
            rethrows: `rethrows`.nullable(default: nil),
            static: `static`.nullable(default: nil),
            struct: `struct`.nullable(default: nil),
            subscript: `subscript`.nullable(default: nil),
            typealias: `typealias`.nullable(default: nil),
            var: `var`.nullable(default: nil),
            break: `break`.nullable(default: nil),
            case: `case`.nullable(default: nil),
            catch: `catch`.nullable(default: nil),
            continue: `continue`.nullable(default: nil),
            default: `default`.nullable(default: nil),
            defer: `defer`.nullable(default: nil),
            do: `do`.nullable(default: nil),
            else: `else`.nullable(default: nil),
            fallthrough: `fallthrough`.nullable(default: nil),
            for: `for`.nullable(default: nil),
            guard: `guard`.nullable(default: nil),
            if: `if`.nullable(default: nil),
            in: `in`.nullable(default: nil),
            repeat: `repeat`.nullable(default: nil),
            return: `return`.nullable(default: nil),
            throw: `throw`.nullable(default: nil),
            switch: `switch`.nullable(default: nil),
            where: `where`.nullable(default: nil),
            while: `while`.nullable(default: nil),
            as: `as`.nullable(default: nil),
            await: `await`.nullable(default: nil),
            false: `false`.nullable(default: nil),
            is: `is`.nullable(default: nil),
            nil: `nil`.nullable(default: nil),
            super: `super`.nullable(default: nil),
            throws: `throws`.nullable(default: nil),
            true: `true`.nullable(default: nil),
            try: `try`.nullable(default: nil),
            associativity: associativity.nullable(default: nil),
            async: `async`.nullable(default: nil),
            convenience: convenience.nullable(default: nil),
            didset: didset.nullable(default: nil),
            dynamic: dynamic.nullable(default: nil),
            final: final.nullable(default: nil),
            get: get.nullable(default: nil),
            indirect: indirect.nullable(default: nil),
            infix: infix.nullable(default: nil),
            lazy: lazy.nullable(default: nil),
            left: left.nullable(default: nil),
            mutating: mutating.nullable(default: nil),
            none: none.nullable(default: nil),
            nonmutating: nonmutating.nullable(default: nil),
            optional: optional.nullable(default: nil),
            override: override.nullable(default: nil),
            package: `package`.nullable(default: nil),
            postfix: postfix.nullable(default: nil),
            precedence: precedence.nullable(default: nil),
            prefix: prefix.nullable(default: nil),
            required: required.nullable(default: nil),
            right: right.nullable(default: nil),
            set: set.nullable(default: nil),
            some: `some`.nullable(default: nil),
            type: type.nullable(default: nil),
            unowned: unowned.nullable(default: nil),
            weak: weak.nullable(default: nil),
            willset: willset.nullable(default: nil),
            any: `any`.nullable(default: nil),
            consume: `consume`.nullable(default: nil),
            copy: `copy`.nullable(default: nil),
            discard: `discard`.nullable(default: nil),
            each: `each`.nullable(default: nil),
            macro: `macro`.nullable(default: nil),
            sending: sending.nullable(default: nil),
            then: then.nullable(default: nil),
            isolated: isolated.nullable(default: nil),
            actor: actor.nullable(default: nil),
            unsafe: `unsafe`.nullable(default: nil)
        )
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
