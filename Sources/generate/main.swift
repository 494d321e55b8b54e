import Foundation
import Generator

exit(GeneratorCommand.main(arguments: CommandLine.arguments))
