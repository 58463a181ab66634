/// Identifiers in the exchange file. They must be `xs:ID` (an NCName, unique in the document),
/// pyarchimate only accepts them with the prefix "id-", and they must be the same on every build,
/// so they are spelled from object ids, never from positions in a list.
///
/// Ours start with "id-swc-", then a kind (ids are unique per data file only, so `org-1` and
/// `app-1` need the kind to stay apart), then the sanitised ids joined by ".". Sanitising keeps
/// `A-Z a-z 0-9 -` and writes every other byte as `_` and two hex digits, which no kept character
/// can imitate; so different ids always give different identifiers. Nodes and connections of a
/// view are "id-swc-n" / "id-swc-c" + the view's code (`DrawnView.Kind`) + "." + what they show
/// without its "id-" (a connection also without "swc-"): "id-swc-nl.swc-app.app-1",
/// "id-swc-cl.gebruik.geb-1". Nodes placed inside a GEMMA node are "id-swc-in." + that node
/// without its "id-" + "." + the element without its "id-".
enum Identifier {
    static let prefix = "id-swc-"

    /// "id-swc-app.app-1", "id-swc-gebruik.geb-1", "id-swc-geschikt.app-1.<rc>".
    static func ours(_ kind: String, _ ids: String...) -> String {
        var result = prefix + kind
        for id in ids {
            result += "."
            result += sanitised(id)
        }
        return result
    }

    /// An identifier from the GEMMA file, kept when it is already safe (GEMMA's own tools write
    /// "id-<guid>"), so that the export matches the GEMMA model it came from.
    static func gemma(_ identifier: String) -> String {
        let safe = identifier.hasPrefix("id-") && !identifier.hasPrefix(prefix)
            && identifier.utf8.allSatisfy { isKept($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
        return safe ? identifier : ours("g", identifier)
    }

    /// A view of the file whose model is `model` ("id-swc-model.…"): "id-swc-view-TAG.…".
    static func view(_ tag: String, of model: String) -> String {
        prefix + "view-" + tag + model.dropFirst(prefix.count + "model".count)
    }

    static func sanitised(_ id: String) -> String {
        guard !id.utf8.allSatisfy(isKept) else { return id }
        var bytes: [UInt8] = []
        appendSanitised(id, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `id` sanitised, without making a String: identifiers are spelled into every file.
    static func appendSanitised(_ id: String, to bytes: inout [UInt8]) {
        var id = id
        id.withUTF8 { appendSanitised($0, to: &bytes) }
    }

    static func appendSanitised(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        // Nearly every id is clean already: one check, then one copy.
        if utf8.allSatisfy(isKept) {
            bytes.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            if isKept(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "_"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
    }

    /// Whether `identifier` is an NCName of ASCII characters starting with "id-": what every
    /// identifier this module writes must be.
    static func isValid(_ identifier: String) -> Bool {
        identifier.hasPrefix("id-") && identifier.utf8.allSatisfy {
            isKept($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): true
        default: false
        }
    }
}
