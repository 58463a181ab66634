/// Messages of the build itself (reading, writing), in one place.
enum BuildMessages {
    static func unreadable(_ reason: String) -> String {
        "\(reason): controleer het pad (zie 'swc help build')"
    }

    static func notASite(_ path: String) -> String {
        "de map '\(path)' bestaat al en is niet door swc gebouwd: kies een andere --output of maak de map leeg (swc vervangt de uitvoermap in zijn geheel)"
    }

    static func writeFailed(_ path: String, _ reason: String) -> String {
        "kan '\(path)' niet schrijven (\(reason)): controleer rechten en vrije schijfruimte; de vorige site is ongewijzigd"
    }

    static let badManifest = "dit is geen urls.json van swc: zet hier het bestand urls.json van de vorige build neer, of haal het weg"

    static func shrunk(_ kind: String, now: Int, was: Int, minimum: Double) -> String {
        let share = Int((Double(now) / Double(was) * 100).rounded(.down))
        return "de momentopname is gekrompen: \(now) \(kind) tegen \(was) in de vorige (\(share)%, ondergrens \(Int((minimum * 100).rounded()))%): controleer de gegevens, of publiceer toch met --force"
    }
}
