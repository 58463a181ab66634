/// Spreadsheet column names: 0 is `A`, 25 is `Z`, 26 is `AA`, 16,383 (Excel's last) is `XFD`.
///
/// Bijective base 26: there is no zero digit, which is why `Z` is followed by `AA` and not `BA`.
func columnLetters(_ index: Int) -> String {
    precondition(index >= 0)
    var letters: [UInt8] = []
    var rest = index + 1
    while rest > 0 {
        rest -= 1
        letters.append(UInt8(ascii: "A") + UInt8(rest % 26))
        rest /= 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
}
