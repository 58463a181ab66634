/// Dates of the old export, `dd-mm-yy` (`05-03-24` is 5 March 2024), as the contract writes them:
/// `YYYY-MM-DD`.
///
/// Century rule (POSIX `strptime %y`): `69`–`99` are 1969–1999, `00`–`68` are 2000–2068. The old
/// catalogue ran from about 2010 to 2025, so every real date lands in its own century. A four-digit
/// year (`05-03-2024`, what Excel writes after re-saving) is taken as it is.
enum OldExportDate {
    /// The ISO date, or nil when `text` is not `dd-mm-yy` / `dd-mm-yyyy` or not a day that exists.
    static func iso(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 2 || parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += year >= 69 ? 1900 : 2000 }
        guard (1...12).contains(month), day >= 1, day <= days(in: month, of: year) else { return nil }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    private static func days(in month: Int, of year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

extension Character {
    /// `0`–`9` only; `Character.isNumber` also takes `²` and Arabic digits.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
