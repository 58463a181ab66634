@testable import Importer
import XCTest

final class OldExportDateTests: XCTestCase {
    func testDayMonthTwoDigitYear() {
        XCTAssertEqual(OldExportDate.iso("05-03-24"), "2024-03-05")
        XCTAssertEqual(OldExportDate.iso("31-12-09"), "2009-12-31")
    }

    /// POSIX `%y`: 69–99 are the 1900s, 00–68 the 2000s.
    func testCenturyRule() {
        XCTAssertEqual(OldExportDate.iso("01-01-68"), "2068-01-01")
        XCTAssertEqual(OldExportDate.iso("01-01-69"), "1969-01-01")
        XCTAssertEqual(OldExportDate.iso("15-08-98"), "1998-08-15")
        XCTAssertEqual(OldExportDate.iso("01-01-00"), "2000-01-01")
    }

    func testFourDigitYearAsExcelRewritesIt() {
        XCTAssertEqual(OldExportDate.iso("05-03-2024"), "2024-03-05")
    }

    func testLeapDays() {
        XCTAssertEqual(OldExportDate.iso("29-02-24"), "2024-02-29")
        XCTAssertNil(OldExportDate.iso("29-02-23"))
        XCTAssertEqual(OldExportDate.iso("29-02-00"), "2000-02-29")
    }

    func testWrongFormatsAndDaysThatDoNotExist() {
        for text in ["2024-03-05", "5-3-24", "05/03/24", "05-03-024", "05-13-24", "00-03-24", "31-04-24", "05-03-2a", "", "05-03", "٠٥-٠٣-٢٤"] {
            XCTAssertNil(OldExportDate.iso(text), text)
        }
    }
}
