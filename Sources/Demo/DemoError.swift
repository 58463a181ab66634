/// Why no demo catalogue could be made. Messages are Dutch: they reach the person at the console.
public enum DemoError: Error, Equatable, CustomStringConvertible {
    /// The scale is zero, negative or not a number.
    case invalidScale(Double)
    /// The peildatum is not a real date written as YYYY-MM-DD.
    case invalidPeildatum(String)
    /// More gemeenten were asked for than there are fictional CBS codes.
    case scaleTooLarge(Double)
    /// The GEMMA file could not be read or lacks what the demo builds on.
    case unusableGemma(String)

    /// A Dutch message saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .invalidScale(let scale):
            return "de schaal \(scale) is ongeldig: geef een positief getal, bijvoorbeeld 1 of 0.05"
        case .invalidPeildatum(let text):
            return "de peildatum '\(text)' is geen geldige datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-01"
        case .scaleTooLarge(let scale):
            return "de schaal \(scale) is te groot: er zijn niet genoeg verzonnen CBS-codes (GM2000–GM9999); kies hooguit 24"
        case .unusableGemma(let reason):
            return "het GEMMA-model is niet bruikbaar voor de demo: \(reason)"
        }
    }
}
