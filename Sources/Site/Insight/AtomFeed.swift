/// An Atom 1.0 feed (RFC 4287), written by hand as bytes: every text and attribute value
/// XML-escaped, entries in the order given, dates from the data and never from the clock, so two
/// builds of the same data write the same bytes.
struct AtomFeed: Sendable, Equatable {
    /// One `atom:entry`: `link` is the page it is about (`rel="alternate"`).
    struct Entry: Sendable, Equatable {
        var id: String
        var title: String
        var updated: String
        var link: String
        var summary: String
    }

    var id: String
    var title: String
    var subtitle: String
    /// RFC 3339, e.g. `2026-11-01T00:00:00Z` (`AtomFeed.timestamp`).
    var updated: String
    /// The feed's own address (`rel="self"`) and the page it belongs to (`rel="alternate"`).
    var selfLink: String
    var alternateLink: String
    /// Who publishes the feed (`atom:author` of the feed, which covers every entry).
    var author: String
    var entries: [Entry]

    static let mediaType = "application/atom+xml"

    var bytes: [UInt8] { Array(text.utf8) }

    var text: String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n"
        out += "  <id>\(Self.escaped(id))</id>\n"
        out += "  <title>\(Self.escaped(title))</title>\n"
        out += "  <subtitle>\(Self.escaped(subtitle))</subtitle>\n"
        out += "  <updated>\(Self.escaped(updated))</updated>\n"
        out += "  <link rel=\"self\" type=\"\(Self.mediaType)\" href=\"\(Self.escaped(selfLink))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escaped(alternateLink))\"/>\n"
        out += "  <author><name>\(Self.escaped(author))</name></author>\n"
        for entry in entries {
            out += "  <entry>\n"
            out += "    <id>\(Self.escaped(entry.id))</id>\n"
            out += "    <title>\(Self.escaped(entry.title))</title>\n"
            out += "    <updated>\(Self.escaped(entry.updated))</updated>\n"
            out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escaped(entry.link))\"/>\n"
            out += "    <summary>\(Self.escaped(entry.summary))</summary>\n"
            out += "  </entry>\n"
        }
        out += "</feed>\n"
        return out
    }

    /// Text for XML content and attribute values: `& < > " '` as references; characters XML 1.0
    /// does not allow (control characters, U+FFFE, U+FFFF) left out, since no reference can hold them.
    static func escaped(_ text: String) -> String {
        // Most names need nothing: one pass over the bytes instead of building a copy. 0xEF
        // starts U+FFFE and U+FFFF (and other characters, which the slow path keeps).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A day from the data (YYYY-MM-DD) as an Atom date: midnight UTC of that day.
    static func timestamp(_ day: String) -> String { day + "T00:00:00Z" }

    /// A `urn:uuid:` made from `name` alone (RFC 9562 version 8, custom): the same name gives the
    /// same id in every build, on every machine. Two 64-bit FNV-1a hashes with different starts.
    static func uuid(_ name: String) -> String {
        func fnv(_ start: UInt64) -> UInt64 {
            var hash = start
            for byte in name.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            return hash
        }
        let high = (fnv(0xCBF2_9CE4_8422_2325) & ~0xF000) | 0x8000             // version 8
        let low = (fnv(0x84222325CBF29CE4) & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000  // variant 10
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        return "urn:uuid:\(hex(high >> 32, 8))-\(hex((high >> 16) & 0xFFFF, 4))-\(hex(high & 0xFFFF, 4))-\(hex(low >> 48, 4))-\(hex(low & 0xFFFF_FFFF_FFFF, 12))"
    }
}
