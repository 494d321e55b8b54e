/// Generated code imports only `Runtime`; these re-exports give it every runtime module.
@_exported import Foundation
@_exported import RuntimeAuth
@_exported import RuntimeCore
@_exported import RuntimeHTTP
@_exported import RuntimeJSON
@_exported import RuntimePostgres
@_exported import RuntimeSystem
