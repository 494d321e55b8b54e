/// Reads only `api.module` of a spec, for the package's list of apps: a spec with errors
/// elsewhere still names its module.
enum SpecModuleReader {
    static func module(_ bytes: [UInt8], file: String) -> String? {
        let (root, _) = YAMLLoader.load(bytes, file: file)
        guard case .mapping(let top)? = root,
            case .mapping(let api)? = top.entries.first(where: { $0.key.value == "api" })?.value,
            case .scalar(let module)? = api.entries.first(where: { $0.key.value == "module" })?.value,
            !module.value.isEmpty
        else { return nil }
        return module.value
    }
}
