import XCTest
@testable import Mustache

/// Display paths as the builder shows them, so tests check what users will read.
func templatePath(_ name: String) -> String { "Templates/\(name).mustache" }

func makeSet(_ sources: [String: String], options: MustacheOptions = .strict,
             file: StaticString = #filePath, line: UInt = #line) -> TemplateSet? {
    do {
        return try TemplateSet(sources: sources, displayPath: templatePath, options: options)
    } catch {
        XCTFail("onverwachte parsefouten:\n\(error)", file: file, line: line)
        return nil
    }
}

/// The output of rendering `template` alone with `value`; failures become test failures.
func render(_ template: String, _ value: MustacheValue, options: MustacheOptions = .strict,
            file: StaticString = #filePath, line: UInt = #line) -> String? {
    guard let set = makeSet(["t": template], options: options, file: file, line: line) else { return nil }
    do {
        return try set.render("t", value)
    } catch {
        XCTFail("onverwachte renderfout: \(error)", file: file, line: line)
        return nil
    }
}

/// The errors creating a set reports, or none.
func parseErrors(_ sources: [String: String], options: MustacheOptions = .strict) -> [MustacheError] {
    do {
        _ = try TemplateSet(sources: sources, displayPath: templatePath, options: options)
        return []
    } catch {
        return error.errors
    }
}

/// The error rendering `name` raises, or nil when it renders.
func renderError(_ sources: [String: String], _ name: String, _ value: MustacheValue,
                 file: StaticString = #filePath, line: UInt = #line) -> MustacheError? {
    guard let set = makeSet(sources, file: file, line: line) else { return nil }
    do {
        _ = try set.render(name, value)
        XCTFail("renderen van '\(name)' had moeten mislukken", file: file, line: line)
        return nil
    } catch {
        return error
    }
}

/// Asserts where an error points and that its message contains `fragment`.
func assertError(_ error: MustacheError?, file path: String, line: Int, column: Int, contains fragment: String,
                 file: StaticString = #filePath, line testLine: UInt = #line) {
    guard let error else { return XCTFail("geen fout", file: file, line: testLine) }
    XCTAssertEqual(error.file, path, file: file, line: testLine)
    XCTAssertEqual(error.line, line, "regel", file: file, line: testLine)
    XCTAssertEqual(error.column, column, "kolom", file: file, line: testLine)
    XCTAssertTrue(error.message.contains(fragment), "'\(error.message)' bevat niet '\(fragment)'", file: file, line: testLine)
}
