// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The SQL `spec/library.yaml` declares for its endpoints, as typed functions: the generated routes
/// call them, and hand-written code may too. PostgreSQL checked every statement against the
/// schema of the migrations when it was generated; `spec/library.statements.json` records what it said.
public struct DeclaredStatements: Sendable {
    /// The pool, or a transaction.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Books with a copy to lend, public; by genre and at most `limit`.
    ///
    /// Runs one statement for `GET /shelf`. Returns every row.
    public func booksOnShelf(_ input: BooksOnShelfInput) async throws -> ModelRows<Book> {
        var binds = PostgresBindings()
        binds.append(input.genre)
        binds.append(input.limit)
        return try await database.rows(Statements.booksOnShelf, binds, as: Book.self)
    }

    /// Lends a book to the caller, counting it, in one transaction (404 and no change when no copy is left).
    ///
    /// Runs 2 statements in one transaction for `POST /members/{member_id}/loans/{book_id}`. Returns the first row of the last one, or nil when there is none: then the transaction is rolled back (the route answers 404).
    public func borrow(_ input: BorrowInput) async throws -> Loan? {
        try await database.atomicallyOne { database in
            var binds = PostgresBindings()
            binds.append(input.bookID)
            _ = try await database.affected(Statements.borrow1, binds)
            binds = PostgresBindings()
            binds.append(input.memberID)
            binds.append(input.bookID)
            return try await database.one(Statements.borrow2, binds, as: Loan.self)
        }
    }

    /// Runs one statement for `PATCH /members/{member_id}/loans/{id}/return`. Returns the first row, or nil when there is none (the route answers 404).
    public func returnBook(_ input: ReturnBookInput) async throws -> Loan? {
        var binds = PostgresBindings()
        binds.append(input.id)
        binds.append(input.memberID)
        return try await database.one(Statements.returnBook, binds, as: Loan.self)
    }

    /// Runs one statement for `GET /members/{member_id}/loans`. Returns every row.
    public func myLoans(_ input: MyLoansInput) async throws -> ModelRows<Loan> {
        var binds = PostgresBindings()
        binds.append(input.subject)
        binds.append(input.returned)
        return try await database.rows(Statements.myLoans, binds, as: Loan.self)
    }

    /// Runs one statement for `DELETE /members/{member_id}/loans`. Returns how many rows the last statement changed.
    @discardableResult
    public func forgetReturned(_ input: ForgetReturnedInput) async throws -> Int {
        var binds = PostgresBindings()
        binds.append(input.memberID)
        return try await database.affected(Statements.forgetReturned, binds)
    }

    /// Runs one statement for `POST /suggestions`. Returns the first row, or nil when there is none (the route answers 404).
    public func suggest(_ input: SuggestInput) async throws -> Suggestion? {
        var binds = PostgresBindings()
        binds.append(input.body.title)
        binds.append(input.body.genre)
        return try await database.one(Statements.suggest, binds, as: Suggestion.self)
    }
}

extension DeclaredStatements {
    /// The statements as PostgreSQL prepares them: each `:name` of the spec is a numbered
    /// parameter cast to its declared type.
    enum Statements {
        static let booksOnShelf = PreparedStatement(
            name: "declared_books_on_shelf",
            sql: #"""
                SELECT id, title, genre, copies, times_lent, published_on, price, added_at
                FROM books
                WHERE copies > times_lent AND ($1::"genre" IS NULL OR genre = $1::"genre")
                ORDER BY title, id
                LIMIT $2::integer
                """#
        )
        static let borrow1 = PreparedStatement(
            name: "declared_borrow_1",
            sql: #"""
                UPDATE books SET times_lent = times_lent + 1 WHERE id = $1::integer
                """#
        )
        static let borrow2 = PreparedStatement(
            name: "declared_borrow_2",
            sql: #"""
                INSERT INTO loans (member_id, book_id)
                SELECT $1::uuid, id FROM books WHERE id = $2::integer AND times_lent <= copies
                RETURNING id, member_id, book_id, returned, lent_at
                """#
        )
        static let returnBook = PreparedStatement(
            name: "declared_return_book",
            sql: #"""
                UPDATE loans SET returned = true  -- ':not_a_parameter' in a comment is fine
                WHERE id = $1::bigint AND member_id = $2::uuid AND NOT returned
                RETURNING id, member_id, book_id, returned, lent_at
                """#
        )
        static let myLoans = PreparedStatement(
            name: "declared_my_loans",
            sql: #"""
                SELECT id, member_id, book_id, returned, lent_at FROM loans
                WHERE member_id = $1::uuid AND ($2::boolean IS NULL OR returned = $2::boolean)
                ORDER BY lent_at DESC, id DESC
                """#
        )
        static let forgetReturned = PreparedStatement(
            name: "declared_forget_returned",
            sql: #"""
                DELETE FROM loans WHERE member_id = $1::uuid AND returned
                """#
        )
        static let suggest = PreparedStatement(
            name: "declared_suggest",
            sql: #"""
                INSERT INTO suggestions (title, genre) VALUES ($1::text, $2::"genre") RETURNING id, title, genre
                """#
        )
    }
}
