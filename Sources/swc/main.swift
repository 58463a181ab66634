import Foundation
import SWCCLI

// The only place that reads the command line and touches stdout and stderr.
let runner = Runner(
    standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    standardError: { FileHandle.standardError.write(Data($0.utf8)) }
)
exit(runner.run(Array(CommandLine.arguments.dropFirst())))
