import CCmarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// The only file that talks to cmark-gfm. Every C object is freed with `defer`; the rest of the code
// gets Swift values.

/// Renders GitHub-flavoured markdown to HTML that is safe to place in a page.
public enum Markdown {
    /// Registering the core extensions mutates a C registry, so it happens exactly once.
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark-gfm 0.29's `cmark_parser_finish` adds the extensions' special characters to a table
    /// shared by all parsers and removes them when done, so two documents finishing at once can
    /// lose each other's autolinks and strikethrough. Finishing (inline parsing) is serialized;
    /// feeding and rendering run in parallel.
    private static let finishLock = NSLock()

    /// Tables, strikethrough, autolinks and task lists. Raw HTML is never passed through: without
    /// `CMARK_OPT_UNSAFE` cmark-gfm replaces it with a comment and drops `javascript:` links.
    /// Headings get stable ids (see `HeadingIDs`) that never repeat one of `reservedIDs` (ids the
    /// page layout uses). `headingOffset` demotes headings, so a `#` in a description that sits
    /// below the page's own h2 becomes an h3.
    public static func render(_ source: String, headingOffset: Int = 0, reservedIDs: Set<String> = []) -> MarkdownDocument {
        withDocument(source) { root, parser in
            if headingOffset > 0 { demoteHeadings(root, by: headingOffset) }
            let headings = collectHeadings(root, reserved: reservedIDs)
            let extensions = cmark_parser_get_syntax_extensions(parser)
            guard let cString = cmark_render_html(root, CMARK_OPT_DEFAULT, extensions) else {
                return MarkdownDocument(html: "", headings: headings)
            }
            defer { free(cString) }
            return MarkdownDocument(html: HeadingIDs.finish(String(cString: cString), headings: headings), headings: headings)
        }
    }

    /// Reads a markdown list of links (the menu), with the position of every item.
    public static func outline(_ source: String) -> LinkOutline {
        withDocument(source) { root, _ in
            var outline = LinkOutline()
            var child = cmark_node_first_child(root)
            while let node = child {
                if cmark_node_get_type(node) == CMARK_NODE_LIST {
                    outline.items += listItems(node, depth: 1, problems: &outline.problems)
                } else {
                    outline.problems.append(.notAList(position(node)))
                }
                child = cmark_node_next(node)
            }
            return outline
        }
    }

    private static func withDocument<T>(_ source: String, _ body: (OpaquePointer, OpaquePointer) -> T) -> T {
        _ = extensionsRegistered
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var bytes = Array(source.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        let root = finishLock.withLock { cmark_parser_finish(parser)! }
        defer { cmark_node_free(root) }
        return body(root, parser)
    }

    private static func demoteHeadings(_ root: OpaquePointer, by offset: Int) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_HEADING {
                cmark_node_set_heading_level(node, Int32(min(6, Int(cmark_node_get_heading_level(node)) + offset)))
            }
            event = cmark_iter_next(iterator)
        }
    }

    private static func collectHeadings(_ root: OpaquePointer, reserved: Set<String>) -> [Heading] {
        var headings: [Heading] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
               cmark_node_get_type(node) == CMARK_NODE_HEADING {
                headings.append(Heading(level: Int(cmark_node_get_heading_level(node)), text: plainText(node)))
            }
            event = cmark_iter_next(iterator)
        }
        return HeadingIDs.assign(headings, reserved: reserved)
    }

    private static func listItems(_ list: OpaquePointer, depth: Int, problems: inout [LinkOutline.Problem]) -> [LinkOutline.Item] {
        var items: [LinkOutline.Item] = []
        var itemNode = cmark_node_first_child(list)
        while let item = itemNode {
            defer { itemNode = cmark_node_next(item) }
            var link: (text: String, url: String, at: LinkOutline.Position)?
            var children: [LinkOutline.Item] = []
            var child = cmark_node_first_child(item)
            while let block = child {
                switch cmark_node_get_type(block) {
                case CMARK_NODE_PARAGRAPH where link == nil:
                    link = firstLink(block)
                case CMARK_NODE_LIST where depth < 2:
                    children = listItems(block, depth: depth + 1, problems: &problems)
                case CMARK_NODE_LIST:
                    problems.append(.tooDeep(position(block)))
                default:
                    problems.append(.notALink(position(block)))
                }
                child = cmark_node_next(block)
            }
            guard let link else {
                problems.append(.notALink(position(item)))
                continue
            }
            items.append(LinkOutline.Item(text: link.text, url: link.url, position: link.at, children: children))
        }
        return items
    }

    private static func firstLink(_ paragraph: OpaquePointer) -> (String, String, LinkOutline.Position)? {
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_LINK {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                var at = position(node)
                if at.line == 0 { at = position(paragraph) }
                return (plainText(node), url, at)
            }
            child = cmark_node_next(node)
        }
        return nil
    }

    private static func position(_ node: OpaquePointer) -> LinkOutline.Position {
        LinkOutline.Position(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    /// The text of a node without markup: what a reader sees of a heading or a link.
    private static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let inner = cmark_iter_get_node(iterator) {
                switch cmark_node_get_type(inner) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    if let literal = cmark_node_get_literal(inner) { text += String(cString: literal) }
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text += " "
                default:
                    break
                }
            }
            event = cmark_iter_next(iterator)
        }
        return text
    }
}
