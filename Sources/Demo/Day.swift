/// A calendar day as a count of days since 1970-01-01, so the generator can do date
/// arithmetic without `Date`, time zones or the clock.
struct Day: Comparable, Hashable, Sendable {
    let number: Int

    init(number: Int) {
        self.number = number
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Day.length(ofMonth: month, year: year)).contains(day)
        else { return nil }
        number = Day.daysFromCivil(year: year, month: month, day: day)
    }

    static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    static func + (lhs: Day, days: Int) -> Day { Day(number: lhs.number + days) }

    static func - (lhs: Day, days: Int) -> Day { Day(number: lhs.number - days) }

    /// `YYYY-MM-DD`.
    var text: String {
        let (year, month, day) = Day.civil(fromDays: number)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    var year: Int { Day.civil(fromDays: number).year }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
