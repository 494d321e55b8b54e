import Foundation

/// The package around the generated code: seeds for apps that lack them, and the apps block of
/// `Package.swift` (see `PackageManifestBlock`).
extension GeneratorCommand {
    /// Writes the seeds of an app whose directories hold no Swift file yet; returns the paths
    /// written. Never overwrites.
    static func writeSeeds(_ seeds: [Scaffold.Seed], disk: Disk) throws -> [String] {
        var written: [String] = []
        for seed in seeds {
            let present: Bool
            if let directory = seed.unlessDirectoryHasSwift {
                present = disk.listRecursive(directory).contains { $0.hasSuffix(".swift") }
            } else {
                present = disk.read(optional: seed.path) != nil
            }
            guard !present else { continue }
            try disk.write(seed.path, seed.contents)
            written.append(seed.path)
        }
        return written
    }

    /// Every app of the package: each `spec/*.yaml` whose `api.module` can be read (a spec with
    /// errors elsewhere still counts, so a typo does not drop its targets).
    static func apps(disk: Disk) -> [AppNames] {
        disk.list("spec").filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.compactMap { file in
            let path = "spec/" + file
            guard let bytes = disk.bytes(path), let module = SpecModuleReader.module(bytes, file: path) else { return nil }
            return AppNames(specPath: path, module: module)
        }
    }

    /// The manifest with its apps block brought up to date: nil when there is no manifest or no
    /// block (nothing to maintain), else the new text (equal to the old when up to date).
    static func updatedManifest(disk: Disk) -> (old: String, new: String)? {
        guard let manifest = disk.read(optional: "Package.swift"),
            let updated = PackageManifestBlock.replacing(in: manifest, with: apps(disk: disk))
        else { return nil }
        return (manifest, updated)
    }
}
