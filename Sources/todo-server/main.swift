import Foundation
import TodoAPI

/// `todo-server [serve | migrate]`: the TODO API generated from spec/todo.yaml.
exit(await TodoServer.main(arguments: CommandLine.arguments))
