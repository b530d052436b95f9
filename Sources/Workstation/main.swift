import Foundation
import WorkstationKit

exit(WorkstationCLI.main(Array(CommandLine.arguments.dropFirst())))
