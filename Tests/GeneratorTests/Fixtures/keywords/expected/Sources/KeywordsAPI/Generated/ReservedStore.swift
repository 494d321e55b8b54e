// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `reserveds` table for `Reserved`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct ReservedStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: ReservedInput) async throws -> Reserved {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Reserved.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Reserved? {
        return try await database.one(Self.statements.find, [id], as: Reserved.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Reserved? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Reserved.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, _ input: ReservedInput) async throws -> Reserved? {
        var binds = PostgresBindings()
        binds.append(id)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Reserved.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, _ patch: ReservedPatch) async throws -> Reserved? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.keyword)
        binds.append(patch.associatedtype)
        binds.append(patch.borrowing)
        binds.append(patch.class)
        binds.append(patch.consuming)
        binds.append(patch.deinit)
        binds.append(patch.enum)
        binds.append(patch.extension)
        binds.append(patch.fileprivate)
        binds.append(patch.func)
        binds.append(patch.import)
        binds.append(patch.`init`)
        binds.append(patch.inout)
        binds.append(patch.internal)
        binds.append(patch.let)
        binds.append(patch.nonisolated)
        binds.append(patch.open)
        binds.append(patch.operator)
        binds.append(patch.private)
        binds.append(patch.precedencegroup)
        binds.append(patch.protocol)
        binds.append(patch.public)
        binds.append(patch.rethrows)
        binds.append(patch.static)
        binds.append(patch.struct)
        binds.append(patch.subscript)
        binds.append(patch.typealias)
        binds.append(patch.var)
        binds.append(patch.break)
        binds.append(patch.case)
        binds.append(patch.catch)
        binds.append(patch.continue)
        binds.append(patch.default)
        binds.append(patch.defer)
        binds.append(patch.do)
        binds.append(patch.else)
        binds.append(patch.fallthrough)
        binds.append(patch.for)
        binds.append(patch.guard)
        binds.append(patch.if)
        binds.append(patch.in)
        binds.append(patch.repeat)
        binds.append(patch.return)
        binds.append(patch.throw)
        binds.append(patch.switch)
        binds.append(patch.where)
        binds.append(patch.while)
        binds.append(patch.as)
        binds.append(patch.await)
        binds.append(patch.false)
        binds.append(patch.is)
        binds.append(patch.nil)
        binds.append(patch.super)
        binds.append(patch.throws)
        binds.append(patch.true)
        binds.append(patch.try)
        binds.append(patch.associativity)
        binds.append(patch.async)
        binds.append(patch.convenience)
        binds.append(patch.didset)
        binds.append(patch.dynamic)
        binds.append(patch.final)
        binds.append(patch.get)
        binds.append(patch.indirect)
        binds.append(patch.infix)
        binds.append(patch.lazy)
        binds.append(patch.left)
        binds.append(patch.mutating)
        binds.append(patch.none)
        binds.append(patch.nonmutating)
        binds.append(patch.optional)
        binds.append(patch.override)
        binds.append(patch.package)
        binds.append(patch.postfix)
        binds.append(patch.precedence)
        binds.append(patch.prefix)
        binds.append(patch.required)
        binds.append(patch.right)
        binds.append(patch.set)
        binds.append(patch.some)
        binds.append(patch.type)
        binds.append(patch.unowned)
        binds.append(patch.weak)
        binds.append(patch.willset)
        binds.append(patch.any)
        binds.append(patch.consume)
        binds.append(patch.copy)
        binds.append(patch.discard)
        binds.append(patch.each)
        binds.append(patch.macro)
        binds.append(patch.sending)
        binds.append(patch.then)
        binds.append(patch.isolated)
        binds.append(patch.actor)
        binds.append(patch.unsafe)
        return try await database.one(Self.statements.patch, binds, as: Reserved.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: ReservedListQuery) async throws -> (items: ModelRows<Reserved>, total: Int) {
        var binds = PostgresBindings()
        let statement: PreparedStatement
        let firstPage: FirstPageStatement
        switch (query.`switch`, query.`return`) {
        case (.`default`, .asc): (statement, firstPage) = (Self.statements.listDefaultAsc, Self.statements.listDefaultAscFirstPage)
        case (.`default`, .desc): (statement, firstPage) = (Self.statements.listDefaultDesc, Self.statements.listDefaultDescFirstPage)
        case (.`in`, .asc): (statement, firstPage) = (Self.statements.listInAsc, Self.statements.listInAscFirstPage)
        case (.`in`, .desc): (statement, firstPage) = (Self.statements.listInDesc, Self.statements.listInDescFirstPage)
        }
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, query.case == nil, query.in == nil, query.is == nil, query.where == nil, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Reserved.self)
        }
        binds.append(query.case)
        binds.append(query.in)
        binds.append(query.is.map(PostgresArray.init))
        binds.append(query.where.map(PostgresArray.init))
        let countBinds = binds
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Reserved.self)
        guard page.items.isEmpty, query.offset > 0 else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: ReservedInput, to binds: inout PostgresBindings) {
        binds.append(input.keyword)
        binds.append(input.associatedtype)
        binds.append(input.borrowing)
        binds.append(input.class)
        binds.append(input.consuming)
        binds.append(input.deinit)
        binds.append(input.enum)
        binds.append(input.extension)
        binds.append(input.fileprivate)
        binds.append(input.func)
        binds.append(input.import)
        binds.append(input.`init`)
        binds.append(input.inout)
        binds.append(input.internal)
        binds.append(input.let)
        binds.append(input.nonisolated)
        binds.append(input.open)
        binds.append(input.operator)
        binds.append(input.private)
        binds.append(input.precedencegroup)
        binds.append(input.protocol)
        binds.append(input.public)
        binds.append(input.rethrows)
        binds.append(input.static)
        binds.append(input.struct)
        binds.append(input.subscript)
        binds.append(input.typealias)
        binds.append(input.var)
        binds.append(input.break)
        binds.append(input.case)
        binds.append(input.catch)
        binds.append(input.continue)
        binds.append(input.default)
        binds.append(input.defer)
        binds.append(input.do)
        binds.append(input.else)
        binds.append(input.fallthrough)
        binds.append(input.for)
        binds.append(input.guard)
        binds.append(input.if)
        binds.append(input.in)
        binds.append(input.repeat)
        binds.append(input.return)
        binds.append(input.throw)
        binds.append(input.switch)
        binds.append(input.where)
        binds.append(input.while)
        binds.append(input.as)
        binds.append(input.await)
        binds.append(input.false)
        binds.append(input.is)
        binds.append(input.nil)
        binds.append(input.super)
        binds.append(input.throws)
        binds.append(input.true)
        binds.append(input.try)
        binds.append(input.associativity)
        binds.append(input.async)
        binds.append(input.convenience)
        binds.append(input.didset)
        binds.append(input.dynamic)
        binds.append(input.final)
        binds.append(input.get)
        binds.append(input.indirect)
        binds.append(input.infix)
        binds.append(input.lazy)
        binds.append(input.left)
        binds.append(input.mutating)
        binds.append(input.none)
        binds.append(input.nonmutating)
        binds.append(input.optional)
        binds.append(input.override)
        binds.append(input.package)
        binds.append(input.postfix)
        binds.append(input.precedence)
        binds.append(input.prefix)
        binds.append(input.required)
        binds.append(input.right)
        binds.append(input.set)
        binds.append(input.some)
        binds.append(input.type)
        binds.append(input.unowned)
        binds.append(input.weak)
        binds.append(input.willset)
        binds.append(input.any)
        binds.append(input.consume)
        binds.append(input.copy)
        binds.append(input.discard)
        binds.append(input.each)
        binds.append(input.macro)
        binds.append(input.sending)
        binds.append(input.then)
        binds.append(input.isolated)
        binds.append(input.actor)
        binds.append(input.unsafe)
    }
}

extension ReservedStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "reserveds_insert",
            sql: #"""
                INSERT INTO "reserveds" ("keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63, $64, $65, $66, $67, $68, $69, $70, $71, $72, $73, $74, $75, $76, $77, $78, $79, $80, $81, $82, $83, $84, $85, $86, $87, $88, $89, $90, $91, $92, $93, $94, $95)
                RETURNING "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe"
                """#
        ),
        find: PreparedStatement(
            name: "reserveds_find",
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe"
                FROM "reserveds"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "reserveds_find_for_update",
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe"
                FROM "reserveds"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "reserveds_replace",
            sql: #"""
                UPDATE "reserveds"
                SET "keyword" = $2, "associatedtype" = $3, "borrowing" = $4, "class" = $5, "consuming" = $6, "deinit" = $7, "enum" = $8, "extension" = $9, "fileprivate" = $10, "func" = $11, "import" = $12, "init" = $13, "inout" = $14, "internal" = $15, "let" = $16, "nonisolated" = $17, "open" = $18, "operator" = $19, "private" = $20, "precedencegroup" = $21, "protocol" = $22, "public" = $23, "rethrows" = $24, "static" = $25, "struct" = $26, "subscript" = $27, "typealias" = $28, "var" = $29, "break" = $30, "case" = $31, "catch" = $32, "continue" = $33, "default" = $34, "defer" = $35, "do" = $36, "else" = $37, "fallthrough" = $38, "for" = $39, "guard" = $40, "if" = $41, "in" = $42, "repeat" = $43, "return" = $44, "throw" = $45, "switch" = $46, "where" = $47, "while" = $48, "as" = $49, "await" = $50, "false" = $51, "is" = $52, "nil" = $53, "super" = $54, "throws" = $55, "true" = $56, "try" = $57, "associativity" = $58, "async" = $59, "convenience" = $60, "didset" = $61, "dynamic" = $62, "final" = $63, "get" = $64, "indirect" = $65, "infix" = $66, "lazy" = $67, "left" = $68, "mutating" = $69, "none" = $70, "nonmutating" = $71, "optional" = $72, "override" = $73, "package" = $74, "postfix" = $75, "precedence" = $76, "prefix" = $77, "required" = $78, "right" = $79, "set" = $80, "some" = $81, "type" = $82, "unowned" = $83, "weak" = $84, "willset" = $85, "any" = $86, "consume" = $87, "copy" = $88, "discard" = $89, "each" = $90, "macro" = $91, "sending" = $92, "then" = $93, "isolated" = $94, "actor" = $95, "unsafe" = $96
                WHERE "id" = $1
                RETURNING "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe"
                """#
        ),
        patch: PreparedStatement(
            name: "reserveds_patch",
            sql: #"""
                UPDATE "reserveds"
                SET "keyword" = CASE WHEN $2::boolean THEN $3::"keyword" ELSE "keyword" END,
                    "associatedtype" = CASE WHEN $4::boolean THEN $5::text ELSE "associatedtype" END,
                    "borrowing" = CASE WHEN $6::boolean THEN $7::integer ELSE "borrowing" END,
                    "class" = CASE WHEN $8::boolean THEN $9::boolean ELSE "class" END,
                    "consuming" = CASE WHEN $10::boolean THEN $11::"keyword" ELSE "consuming" END,
                    "deinit" = CASE WHEN $12::boolean THEN $13::text ELSE "deinit" END,
                    "enum" = CASE WHEN $14::boolean THEN $15::integer ELSE "enum" END,
                    "extension" = CASE WHEN $16::boolean THEN $17::boolean ELSE "extension" END,
                    "fileprivate" = CASE WHEN $18::boolean THEN $19::"keyword" ELSE "fileprivate" END,
                    "func" = CASE WHEN $20::boolean THEN $21::text ELSE "func" END,
                    "import" = CASE WHEN $22::boolean THEN $23::integer ELSE "import" END,
                    "init" = CASE WHEN $24::boolean THEN $25::boolean ELSE "init" END,
                    "inout" = CASE WHEN $26::boolean THEN $27::"keyword" ELSE "inout" END,
                    "internal" = CASE WHEN $28::boolean THEN $29::text ELSE "internal" END,
                    "let" = CASE WHEN $30::boolean THEN $31::integer ELSE "let" END,
                    "nonisolated" = CASE WHEN $32::boolean THEN $33::boolean ELSE "nonisolated" END,
                    "open" = CASE WHEN $34::boolean THEN $35::"keyword" ELSE "open" END,
                    "operator" = CASE WHEN $36::boolean THEN $37::text ELSE "operator" END,
                    "private" = CASE WHEN $38::boolean THEN $39::integer ELSE "private" END,
                    "precedencegroup" = CASE WHEN $40::boolean THEN $41::boolean ELSE "precedencegroup" END,
                    "protocol" = CASE WHEN $42::boolean THEN $43::"keyword" ELSE "protocol" END,
                    "public" = CASE WHEN $44::boolean THEN $45::text ELSE "public" END,
                    "rethrows" = CASE WHEN $46::boolean THEN $47::integer ELSE "rethrows" END,
                    "static" = CASE WHEN $48::boolean THEN $49::boolean ELSE "static" END,
                    "struct" = CASE WHEN $50::boolean THEN $51::"keyword" ELSE "struct" END,
                    "subscript" = CASE WHEN $52::boolean THEN $53::text ELSE "subscript" END,
                    "typealias" = CASE WHEN $54::boolean THEN $55::integer ELSE "typealias" END,
                    "var" = CASE WHEN $56::boolean THEN $57::boolean ELSE "var" END,
                    "break" = CASE WHEN $58::boolean THEN $59::"keyword" ELSE "break" END,
                    "case" = CASE WHEN $60::boolean THEN $61::text ELSE "case" END,
                    "catch" = CASE WHEN $62::boolean THEN $63::integer ELSE "catch" END,
                    "continue" = CASE WHEN $64::boolean THEN $65::boolean ELSE "continue" END,
                    "default" = CASE WHEN $66::boolean THEN $67::"keyword" ELSE "default" END,
                    "defer" = CASE WHEN $68::boolean THEN $69::text ELSE "defer" END,
                    "do" = CASE WHEN $70::boolean THEN $71::integer ELSE "do" END,
                    "else" = CASE WHEN $72::boolean THEN $73::boolean ELSE "else" END,
                    "fallthrough" = CASE WHEN $74::boolean THEN $75::"keyword" ELSE "fallthrough" END,
                    "for" = CASE WHEN $76::boolean THEN $77::text ELSE "for" END,
                    "guard" = CASE WHEN $78::boolean THEN $79::integer ELSE "guard" END,
                    "if" = CASE WHEN $80::boolean THEN $81::boolean ELSE "if" END,
                    "in" = CASE WHEN $82::boolean THEN $83::"keyword" ELSE "in" END,
                    "repeat" = CASE WHEN $84::boolean THEN $85::text ELSE "repeat" END,
                    "return" = CASE WHEN $86::boolean THEN $87::integer ELSE "return" END,
                    "throw" = CASE WHEN $88::boolean THEN $89::boolean ELSE "throw" END,
                    "switch" = CASE WHEN $90::boolean THEN $91::"keyword" ELSE "switch" END,
                    "where" = CASE WHEN $92::boolean THEN $93::text ELSE "where" END,
                    "while" = CASE WHEN $94::boolean THEN $95::integer ELSE "while" END,
                    "as" = CASE WHEN $96::boolean THEN $97::boolean ELSE "as" END,
                    "await" = CASE WHEN $98::boolean THEN $99::"keyword" ELSE "await" END,
                    "false" = CASE WHEN $100::boolean THEN $101::text ELSE "false" END,
                    "is" = CASE WHEN $102::boolean THEN $103::integer ELSE "is" END,
                    "nil" = CASE WHEN $104::boolean THEN $105::boolean ELSE "nil" END,
                    "super" = CASE WHEN $106::boolean THEN $107::"keyword" ELSE "super" END,
                    "throws" = CASE WHEN $108::boolean THEN $109::text ELSE "throws" END,
                    "true" = CASE WHEN $110::boolean THEN $111::integer ELSE "true" END,
                    "try" = CASE WHEN $112::boolean THEN $113::boolean ELSE "try" END,
                    "associativity" = CASE WHEN $114::boolean THEN $115::"keyword" ELSE "associativity" END,
                    "async" = CASE WHEN $116::boolean THEN $117::text ELSE "async" END,
                    "convenience" = CASE WHEN $118::boolean THEN $119::integer ELSE "convenience" END,
                    "didset" = CASE WHEN $120::boolean THEN $121::boolean ELSE "didset" END,
                    "dynamic" = CASE WHEN $122::boolean THEN $123::"keyword" ELSE "dynamic" END,
                    "final" = CASE WHEN $124::boolean THEN $125::text ELSE "final" END,
                    "get" = CASE WHEN $126::boolean THEN $127::integer ELSE "get" END,
                    "indirect" = CASE WHEN $128::boolean THEN $129::boolean ELSE "indirect" END,
                    "infix" = CASE WHEN $130::boolean THEN $131::"keyword" ELSE "infix" END,
                    "lazy" = CASE WHEN $132::boolean THEN $133::text ELSE "lazy" END,
                    "left" = CASE WHEN $134::boolean THEN $135::integer ELSE "left" END,
                    "mutating" = CASE WHEN $136::boolean THEN $137::boolean ELSE "mutating" END,
                    "none" = CASE WHEN $138::boolean THEN $139::"keyword" ELSE "none" END,
                    "nonmutating" = CASE WHEN $140::boolean THEN $141::text ELSE "nonmutating" END,
                    "optional" = CASE WHEN $142::boolean THEN $143::integer ELSE "optional" END,
                    "override" = CASE WHEN $144::boolean THEN $145::boolean ELSE "override" END,
                    "package" = CASE WHEN $146::boolean THEN $147::"keyword" ELSE "package" END,
                    "postfix" = CASE WHEN $148::boolean THEN $149::text ELSE "postfix" END,
                    "precedence" = CASE WHEN $150::boolean THEN $151::integer ELSE "precedence" END,
                    "prefix" = CASE WHEN $152::boolean THEN $153::boolean ELSE "prefix" END,
                    "required" = CASE WHEN $154::boolean THEN $155::"keyword" ELSE "required" END,
                    "right" = CASE WHEN $156::boolean THEN $157::text ELSE "right" END,
                    "set" = CASE WHEN $158::boolean THEN $159::integer ELSE "set" END,
                    "some" = CASE WHEN $160::boolean THEN $161::boolean ELSE "some" END,
                    "type" = CASE WHEN $162::boolean THEN $163::"keyword" ELSE "type" END,
                    "unowned" = CASE WHEN $164::boolean THEN $165::text ELSE "unowned" END,
                    "weak" = CASE WHEN $166::boolean THEN $167::integer ELSE "weak" END,
                    "willset" = CASE WHEN $168::boolean THEN $169::boolean ELSE "willset" END,
                    "any" = CASE WHEN $170::boolean THEN $171::"keyword" ELSE "any" END,
                    "consume" = CASE WHEN $172::boolean THEN $173::text ELSE "consume" END,
                    "copy" = CASE WHEN $174::boolean THEN $175::integer ELSE "copy" END,
                    "discard" = CASE WHEN $176::boolean THEN $177::boolean ELSE "discard" END,
                    "each" = CASE WHEN $178::boolean THEN $179::"keyword" ELSE "each" END,
                    "macro" = CASE WHEN $180::boolean THEN $181::text ELSE "macro" END,
                    "sending" = CASE WHEN $182::boolean THEN $183::integer ELSE "sending" END,
                    "then" = CASE WHEN $184::boolean THEN $185::boolean ELSE "then" END,
                    "isolated" = CASE WHEN $186::boolean THEN $187::"keyword" ELSE "isolated" END,
                    "actor" = CASE WHEN $188::boolean THEN $189::text ELSE "actor" END,
                    "unsafe" = CASE WHEN $190::boolean THEN $191::integer ELSE "unsafe" END
                WHERE "id" = $1
                RETURNING "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe"
                """#
        ),
        delete: PreparedStatement(
            name: "reserveds_delete",
            sql: #"""
                DELETE FROM "reserveds"
                WHERE "id" = $1
                """#
        ),
        listDefaultAsc: PreparedStatement(
            name: "reserveds_list_default_asc",
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe", (
                    SELECT count(*)
                    FROM "reserveds"
                    WHERE ($1::text IS NULL OR "case" = $1)
                      AND ($2::integer IS NULL OR "borrowing" >= $2)
                      AND ($3::integer[] IS NULL OR "enum" = ANY($3))
                      AND ($4::"keyword"[] IS NULL OR "struct" = ANY($4))
                ) AS "total"
                FROM "reserveds"
                WHERE ($1::text IS NULL OR "case" = $1)
                  AND ($2::integer IS NULL OR "borrowing" >= $2)
                  AND ($3::integer[] IS NULL OR "enum" = ANY($3))
                  AND ($4::"keyword"[] IS NULL OR "struct" = ANY($4))
                ORDER BY "reserveds"."default" ASC, "reserveds"."id" ASC
                LIMIT $5 OFFSET $6
                """#
        ),
        listDefaultDesc: PreparedStatement(
            name: "reserveds_list_default_desc",
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe", (
                    SELECT count(*)
                    FROM "reserveds"
                    WHERE ($1::text IS NULL OR "case" = $1)
                      AND ($2::integer IS NULL OR "borrowing" >= $2)
                      AND ($3::integer[] IS NULL OR "enum" = ANY($3))
                      AND ($4::"keyword"[] IS NULL OR "struct" = ANY($4))
                ) AS "total"
                FROM "reserveds"
                WHERE ($1::text IS NULL OR "case" = $1)
                  AND ($2::integer IS NULL OR "borrowing" >= $2)
                  AND ($3::integer[] IS NULL OR "enum" = ANY($3))
                  AND ($4::"keyword"[] IS NULL OR "struct" = ANY($4))
                ORDER BY "reserveds"."default" DESC, "reserveds"."id" DESC
                LIMIT $5 OFFSET $6
                """#
        ),
        listInAsc: PreparedStatement(
            name: "reserveds_list_in_asc",
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe", (
                    SELECT count(*)
                    FROM "reserveds"
                    WHERE ($1::text IS NULL OR "case" = $1)
                      AND ($2::integer IS NULL OR "borrowing" >= $2)
                      AND ($3::integer[] IS NULL OR "enum" = ANY($3))
                      AND ($4::"keyword"[] IS NULL OR "struct" = ANY($4))
                ) AS "total"
                FROM "reserveds"
                WHERE ($1::text IS NULL OR "case" = $1)
                  AND ($2::integer IS NULL OR "borrowing" >= $2)
                  AND ($3::integer[] IS NULL OR "enum" = ANY($3))
                  AND ($4::"keyword"[] IS NULL OR "struct" = ANY($4))
                ORDER BY "reserveds"."in" ASC, "reserveds"."id" ASC
                LIMIT $5 OFFSET $6
                """#
        ),
        listInDesc: PreparedStatement(
            name: "reserveds_list_in_desc",
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe", (
                    SELECT count(*)
                    FROM "reserveds"
                    WHERE ($1::text IS NULL OR "case" = $1)
                      AND ($2::integer IS NULL OR "borrowing" >= $2)
                      AND ($3::integer[] IS NULL OR "enum" = ANY($3))
                      AND ($4::"keyword"[] IS NULL OR "struct" = ANY($4))
                ) AS "total"
                FROM "reserveds"
                WHERE ($1::text IS NULL OR "case" = $1)
                  AND ($2::integer IS NULL OR "borrowing" >= $2)
                  AND ($3::integer[] IS NULL OR "enum" = ANY($3))
                  AND ($4::"keyword"[] IS NULL OR "struct" = ANY($4))
                ORDER BY "reserveds"."in" DESC, "reserveds"."id" DESC
                LIMIT $5 OFFSET $6
                """#
        ),
        count: PreparedStatement(
            name: "reserveds_count",
            sql: #"""
                SELECT count(*)
                FROM "reserveds"
                WHERE ($1::text IS NULL OR "case" = $1)
                  AND ($2::integer IS NULL OR "borrowing" >= $2)
                  AND ($3::integer[] IS NULL OR "enum" = ANY($3))
                  AND ($4::"keyword"[] IS NULL OR "struct" = ANY($4))
                """#
        ),
        listDefaultAscFirstPage: FirstPageStatement(
            name: "reserveds_list_default_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe", (
                    SELECT count(*)
                    FROM "reserveds"
                ) AS "total"
                FROM "reserveds"
                ORDER BY "reserveds"."default" ASC, "reserveds"."id" ASC
                """#
        ),
        listDefaultDescFirstPage: FirstPageStatement(
            name: "reserveds_list_default_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe", (
                    SELECT count(*)
                    FROM "reserveds"
                ) AS "total"
                FROM "reserveds"
                ORDER BY "reserveds"."default" DESC, "reserveds"."id" DESC
                """#
        ),
        listInAscFirstPage: FirstPageStatement(
            name: "reserveds_list_in_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe", (
                    SELECT count(*)
                    FROM "reserveds"
                ) AS "total"
                FROM "reserveds"
                ORDER BY "reserveds"."in" ASC, "reserveds"."id" ASC
                """#
        ),
        listInDescFirstPage: FirstPageStatement(
            name: "reserveds_list_in_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "keyword", "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "await", "false", "is", "nil", "super", "throws", "true", "try", "associativity", "async", "convenience", "didset", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence", "prefix", "required", "right", "set", "some", "type", "unowned", "weak", "willset", "any", "consume", "copy", "discard", "each", "macro", "sending", "then", "isolated", "actor", "unsafe", (
                    SELECT count(*)
                    FROM "reserveds"
                ) AS "total"
                FROM "reserveds"
                ORDER BY "reserveds"."in" DESC, "reserveds"."id" DESC
                """#
        )
    )
}
