import Foundation

/// File access for the CLI, relative to the package root. Nothing else in the generator does I/O.
struct Disk {
    let root: String

    func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: root).appendingPathComponent(path)
    }

    func bytes(_ path: String) -> [UInt8]? {
        (try? Data(contentsOf: url(path))).map { [UInt8]($0) }
    }

    func read(_ path: String) throws -> String {
        let data = try Data(contentsOf: url(path))
        return String(decoding: data, as: UTF8.self)
    }

    func read(optional path: String) -> String? {
        try? read(path)
    }

    func write(_ path: String, _ contents: String) throws {
        let target = url(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: target, options: .atomic)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url(path).path)
    }

    func remove(_ path: String) {
        try? FileManager.default.removeItem(at: url(path))
    }

    /// File names directly in `directory`, sorted.
    func list(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url(directory).path)) ?? []).sorted()
    }

    /// Relative paths of all files below `directory`, sorted.
    func listRecursive(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: url(directory).path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url(directory + "/" + path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// `NNNN_name.sql` files in version order.
    func migrations(_ directory: String) -> [GeneratorPipeline.ExistingMigration] {
        list(directory).compactMap { name in
            guard name.hasSuffix(".sql"), let version = Int(name.prefix { $0.isNumber }), let sql = read(optional: directory + "/" + name)
            else { return nil }
            return GeneratorPipeline.ExistingMigration(version: version, fileName: name, sql: sql)
        }.sorted { $0.version < $1.version }
    }

    func snapshot(_ directory: String) -> DatabaseSchema? {
        read(optional: directory + "/schema.json").flatMap { try? SchemaSnapshot.decode($0) }
    }
}
