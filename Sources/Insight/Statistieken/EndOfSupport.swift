import CatalogusModel

/// Versions whose support ends in the year after the peildatum, per period of three months
/// (from the peildatum on), and those already past their end that are still in use.
public struct EndOfSupport: Sendable, Equatable {
    /// One period, `start` to `end` inclusive (YYYY-MM-DD).
    public struct Period: Sendable, Equatable {
        public let start: String
        public let end: String
        public let versies: Int
        public let applicaties: Int
        /// Organisations per version, added up over the period's versions.
        public let inGebruik: Int
    }

    public let peildatum: String
    public let periods: [Period]
    /// Versions whose support ended before the peildatum and that some organisation still names.
    public let verlopenVersies: Int
    public let verlopenInGebruik: Int

    /// Nil when `peildatum` is not a date.
    init?(_ peildatum: String, versies: [Applicatieversie], applicaties: [String: Applicatie], users: [String: Int]) {
        guard let day = CalendarDay(peildatum) else { return nil }
        self.peildatum = peildatum
        let bounds = (0...4).map { day.adding(months: 3 * $0).text }
        let listed = versies.filter { applicaties[$0.applicatie] != nil }
        periods = (0..<4).map { i in
            let ending = listed.filter { v in v.datumEindeOndersteuning.map { $0 >= bounds[i] && $0 < bounds[i + 1] } ?? false }
            return Period(start: bounds[i], end: CalendarDay(bounds[i + 1])!.previous.text, versies: ending.count,
                          applicaties: Set(ending.map(\.applicatie)).count, inGebruik: ending.reduce(0) { $0 + (users[$1.id] ?? 0) })
        }
        let past = listed.filter { v in (v.datumEindeOndersteuning.map { $0 < peildatum } ?? false) && (users[v.id] ?? 0) > 0 }
        verlopenVersies = past.count
        verlopenInGebruik = past.reduce(0) { $0 + (users[$1.id] ?? 0) }
    }
}

/// A date of the Gregorian calendar without a clock: ISO dates compare as text, so only the
/// steps "a number of months later" and "the day before" need arithmetic.
struct CalendarDay: Equatable {
    let year: Int, month: Int, day: Int

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...Self.days(y, m)).contains(d) else { return nil }
        (year, month, day) = (y, m, d)
    }

    private init(_ y: Int, _ m: Int, _ d: Int) { (year, month, day) = (y, m, d) }

    var text: String {
        let pad = { (n: Int, width: Int) in String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// 31 January plus one month is the last day of February.
    func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return CalendarDay(y, m, min(day, Self.days(y, m)))
    }

    var previous: CalendarDay {
        if day > 1 { return CalendarDay(year, month, day - 1) }
        let (y, m) = month == 1 ? (year - 1, 12) : (year, month - 1)
        return CalendarDay(y, m, Self.days(y, m))
    }

    static func days(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
