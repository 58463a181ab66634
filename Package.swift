// swift-tools-version:6.0
// The module graph is the architecture: dependencies point one way, from `swc` down to `Diagnostics`.
import PackageDescription

let package = Package(
    name: "swc",
    targets: [
        // cmark-gfm from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev); only Markdown imports it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Located problems (file, line, column or JSON path) and their Dutch messages.
        .target(name: "Diagnostics"),
        // Our own Mustache engine: parser, token tree, renderer; strict and spec-lenient modes.
        .target(name: "Mustache"),
        // Markdown to safe HTML, behind one file that talks to cmark-gfm.
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        // Maps on all cores, keeping order.
        .target(name: "Parallel"),
        // The catalogue's domain model and the audience stage; no I/O.
        .target(name: "CatalogusModel", dependencies: ["Gemma"]),
        // The data folder: JSON files and gemma.xml into a validated Catalogus, every problem located.
        .target(name: "CatalogusLoader", dependencies: ["CatalogusModel", "Diagnostics", "Gemma", "JSON", "Parallel"]),
        // Editor content: pages with front matter, the menu, the site's fixed texts.
        .target(name: "Content", dependencies: ["Diagnostics", "Markdown", "Parallel"]),
        // Page planning: URLs and the view models templates see.
        .target(name: "Site", dependencies: ["CatalogusModel", "Content", "Downloads", "Gemma", "Insight", "JSON", "Markdown", "Mustache", "Parallel", "Search", "SVG"]),
        // The pipeline: load, plan, render, write the output atomically.
        .target(name: "Builder", dependencies: ["CatalogusLoader", "CatalogusModel", "Content", "Diagnostics", "JSON", "Mustache", "Parallel", "Site"]),
        // The command line: parsing and help texts, no I/O besides what it is asked to run.
        .target(name: "SWCCLI", dependencies: ["Beheer", "Builder", "Demo", "Diagnostics", "Importer", "Serve", "Site"]),
        .executableTarget(name: "swc", dependencies: ["SWCCLI"]),
        .target(name: "JSON"),
        .target(name: "Gemma", dependencies: ["Diagnostics"]),
        // zlib from the system (zlib1g-dev), for deflate in XLSX files; only Tabular imports it.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Downloads as tables: CSV for Dutch-locale Excel and LibreOffice, XLSX through our own zip writer.
        .target(name: "Tabular", dependencies: ["CZlib"]),
        // ArchiMate exchange files (AMEFF 3.1) written from the visible catalogue, after GEMMA's export model.
        .target(name: "AMEFFExport", dependencies: ["CatalogusModel", "Gemma"]),
        // The downloads of the site: the tables (CSV, XLSX) and ArchiMate files made from the visible catalogue.
        .target(name: "Downloads", dependencies: ["AMEFFExport", "CatalogusModel", "Gemma", "Parallel", "Tabular"]),
        // `swc import`: the old softwarecatalogus.nl CSV export and new GEMMA releases into the data folder.
        .target(name: "Importer", dependencies: ["CatalogusLoader", "CatalogusModel", "Diagnostics", "Gemma", "JSON", "Tabular"]),
        // Functioneel beheer: `swc merge` (herindelingen, duplicates) and `swc report` (review reports for VNG).
        .target(name: "Beheer", dependencies: ["CatalogusLoader", "CatalogusModel", "Diagnostics", "JSON", "Tabular"]),
        // Search: a split index of records (applicaties, organisaties, …) that the browser fetches piece by piece.
        .target(name: "Search", dependencies: ["JSON"]),
        // `swc serve`: builds, serves the site on 127.0.0.1 and rebuilds when the input changes.
        .target(name: "Serve", dependencies: ["Builder", "Diagnostics"]),
        // SVG drawings written at build time: the escaping writer, charts, GEMMA views, koppelingen diagrams.
        .target(name: "SVG"),
        // Insight over the visible catalogue: buren, similarity, statistics, advice, changes; no pages, no I/O.
        .target(name: "Insight", dependencies: ["CatalogusModel", "Gemma"]),
        // Invented demo catalogues at any scale (real gemeenten and GEMMA, made-up everything else).
        .target(name: "Demo", dependencies: ["JSON", "Gemma"]),

        .testTarget(name: "MustacheTests", dependencies: ["Mustache"]),
        .testTarget(name: "MustacheSpecTests", dependencies: ["Mustache"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Parallel"]),
        .testTarget(name: "CatalogusModelTests", dependencies: ["CatalogusModel", "Gemma"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Diagnostics", "Parallel"]),
        .testTarget(name: "BuilderTests", dependencies: ["Builder", "Diagnostics", "Search", "Site", "Tabular"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "GemmaTests", dependencies: ["Gemma", "Diagnostics"]),
        .testTarget(name: "DemoTests", dependencies: ["Demo", "JSON", "Gemma"]),
        .testTarget(name: "TabularTests", dependencies: ["Tabular"]),
        .testTarget(name: "AMEFFExportTests", dependencies: ["AMEFFExport", "CatalogusModel", "Gemma"]),
        .testTarget(name: "DownloadsTests", dependencies: ["Downloads", "CatalogusModel", "Gemma", "Tabular"]),
        .testTarget(name: "ImporterTests", dependencies: ["Importer", "CatalogusLoader", "CatalogusModel", "Diagnostics", "Gemma", "JSON", "Tabular"]),
        .testTarget(name: "BeheerTests", dependencies: ["Beheer", "CatalogusLoader", "CatalogusModel", "Diagnostics", "JSON", "Tabular"]),
        .testTarget(name: "SearchTests", dependencies: ["Search"]),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "Builder"]),
        .testTarget(name: "SVGTests", dependencies: ["SVG"]),
        .testTarget(name: "InsightTests", dependencies: ["Insight", "CatalogusModel", "Gemma"]),
        .testTarget(name: "SWCCLITests", dependencies: ["SWCCLI", "Builder", "Site"]),
    ]
)
