/// The report pages as plain, accessible HTML: Dutch, a skip link, one h1, a heading per table,
/// tables with a caption and header cells with scope. Every text from the data is escaped.
enum ReportHTML {
    static let siteTitle = "Rapporten voor beheer"

    static func page(_ page: ReportPage, all pages: [ReportPage]) -> String {
        var body = "<h1>\(e(page.title))</h1>\n"
        for paragraph in page.intro { body += "<p>\(e(paragraph))</p>\n" }
        for table in page.tables { body += section(table) }
        return document(title: page.title, current: page.name, pages: pages, body: body)
    }

    static func index(_ pages: [ReportPage], intro: [String]) -> String {
        var body = "<h1>\(e(siteTitle))</h1>\n"
        for paragraph in intro { body += "<p>\(e(paragraph))</p>\n" }
        body += "<ul>\n"
        for page in pages {
            body += "<li><a href=\"\(e(page.name)).html\">\(e(page.title))</a>: \(e(page.finding))</li>\n"
        }
        body += "</ul>\n"
        return document(title: siteTitle, current: "index", pages: pages, body: body)
    }

    private static func section(_ table: ReportTable) -> String {
        var out = "<section aria-labelledby=\"\(e(table.name))\">\n<h2 id=\"\(e(table.name))\">\(e(table.heading))</h2>\n"
        out += "<p>\(e(table.intro))</p>\n"
        let download = "<p><a href=\"\(e(table.name)).csv\">\(e(ReportMessages.download(table.heading)))</a> (\(e(ReportMessages.rows(table.rows.count))))</p>\n"
        guard !table.rows.isEmpty else { return out + "<p>\(e(table.empty))</p>\n" + download + "</section>\n" }
        out += "<table>\n<caption>\(e(table.heading))</caption>\n<thead>\n<tr>"
        for column in table.columns { out += "<th scope=\"col\">\(e(column))</th>" }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() { out += i == 0 ? "<th scope=\"row\">\(e(cell))</th>" : "<td>\(e(cell))</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n" + download + "</section>\n"
    }

    private static func document(title: String, current: String, pages: [ReportPage], body: String) -> String {
        var navigation = "<nav aria-label=\"Rapporten\">\n<ul>\n"
        for (name, label) in [("index", "Overzicht")] + pages.map({ ($0.name, $0.title) }) {
            let mark = name == current ? " aria-current=\"page\"" : ""
            navigation += "<li><a href=\"\(e(name)).html\"\(mark)>\(e(label))</a></li>\n"
        }
        navigation += "</ul>\n</nav>\n"
        let heading = current == "index" ? siteTitle : "\(title) – \(siteTitle)"
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>\(e(heading))</title>
            <style>
            body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 90rem; padding: 1rem; }
            nav ul { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; }
            table { border-collapse: collapse; margin: 1rem 0; }
            caption { font-weight: bold; text-align: left; }
            th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
            a:focus { outline: 3px solid #1a5fb4; }
            .overslaan { position: absolute; left: -10000px; }
            .overslaan:focus { position: static; }
            </style>
            </head>
            <body>
            <a class="overslaan" href="#inhoud">Direct naar de inhoud</a>
            <header>
            <p>\(e(siteTitle))</p>
            \(navigation)</header>
            <main id="inhoud">
            \(body)</main>
            </body>
            </html>

            """
    }

    private static func e(_ text: String) -> String { HTMLEscaping.escape(text) }
}
