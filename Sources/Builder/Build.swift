import CatalogusLoader
import CatalogusModel
import Content
import Diagnostics
import Mustache
import Site

/// The whole build as one short pipeline: read → parse and validate → restrict to the audience →
/// plan → render → write. Each stage returns a new value; only the last touches the disk.
public struct Build: Sendable {
    public var options: BuildOptions
    /// Progress lines (stage, counts, elapsed); the caller decides whether and where to print them.
    public var progress: @Sendable (String) -> Void

    public init(options: BuildOptions, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.progress = progress
    }

    /// Validates everything a build would and writes nothing. Warnings come back with the report.
    public func check() -> (BuildReport?, DiagnosticList) {
        run(write: false)
    }

    /// Builds the site and puts it in place; on any error the previous output stays as it was.
    public func build() -> (BuildReport?, DiagnosticList) {
        run(write: true)
    }

    private func run(write: Bool) -> (BuildReport?, DiagnosticList) {
        var timer = StageTimer(progress: progress)
        var problems = DiagnosticList()
        var counts: [(String, Int)] = []
        let result = Inputs.read(options)
            .flatMap { inputs in
                timer.stage("lezen", "invoer gelezen en gecontroleerd: \(inputs.content.count) inhoudsbestanden, \(inputs.templates.count) sjablonen, \(inputs.data.count) gegevensbestanden") {
                    parse(inputs, &problems)
                }
            }
            .map { parsed in
                counts = DataCounts.of(parsed.catalogus)
                return timer.stage("publiek", "zichtbaar gemaakt voor publiek '\(options.settings.audience.rawValue)'") { restrict(parsed) }
            }
            .flatMap { prepared in timer.stage("plannen", "pagina's gepland") { plan(prepared, &problems) } }
            .flatMap { planned in
                // Each file is rendered and written by the same core right away, so a site of
                // gigabytes (the gemeenten downloads) never has to be in memory at once.
                let label = write ? "gerenderd en geschreven naar \(options.outputDirectory)" : "gerenderd"
                return timer.stage(write ? "schrijven" : "renderen", label) { output(planned, write: write) }
            }
        guard case .success(let written) = result else {
            if case .failure(let failure) = result { problems.append(contentsOf: failure) }
            return (nil, problems)
        }
        var report = BuildReport(pages: written.pages, files: written.files, bytes: written.bytes)
        report.counts = counts
        report.stages = timer.stages
        return (report, problems)
    }

    struct Parsed {
        var content: SiteContent
        var catalogus: Catalogus
        var templates: TemplateSet
        var assets: [SourceFile]
        var previous: (catalogus: Catalogus, manifest: [PublishedURL])?
    }

    /// After the audience stage: the full catalogue is gone, only what the audience may see is left.
    struct Prepared {
        var content: SiteContent
        var catalogus: VisibleCatalogus
        var templates: TemplateSet
        var assets: [SourceFile]
        var previous: PreviousSnapshot?
    }

    /// Content, templates and data are parsed side by side so that all their problems come together.
    private func parse(_ inputs: Inputs, _ problems: inout DiagnosticList) -> Result<Parsed, DiagnosticList> {
        let (content, contentProblems) = SiteContent.parse(inputs.content, root: Self.trimmed(options.contentDirectory))
        problems.append(contentsOf: contentProblems)
        let templates = TemplateLoading.load(inputs.templates, folder: options.templatesDirectory)
        if case .failure(let failure) = templates { problems.append(contentsOf: failure) }
        let (catalogus, dataProblems) = CatalogusLoader.load(inputs.data, folder: Self.trimmed(options.dataDirectory))
        problems.append(contentsOf: dataProblems)
        let previous = inputs.previous.flatMap { files in previousSnapshot(files, &problems) }
        if let catalogus, let previous, !options.force {
            problems.append(contentsOf: Shrinkage.check(DataCounts.of(catalogus), against: DataCounts.of(previous.catalogus),
                                                        minimum: options.minimumFraction, folder: Self.trimmed(options.dataDirectory)))
        }
        guard let content, let catalogus, case .success(let set) = templates, !problems.hasErrors else { return .failure(DiagnosticList()) }
        return .success(Parsed(content: content, catalogus: catalogus, templates: set, assets: inputs.assets, previous: previous))
    }

    /// The last published snapshot: its catalogue must still load (its warnings are not repeated),
    /// and its `urls.json`, when there, must be one.
    private func previousSnapshot(_ files: [String: SourceFile], _ problems: inout DiagnosticList) -> (catalogus: Catalogus, manifest: [PublishedURL])? {
        let folder = Self.trimmed(options.previousDataDirectory ?? "")
        let (catalogus, found) = CatalogusLoader.load(files, folder: folder)
        problems.append(contentsOf: found.errors)
        var manifest: [PublishedURL] = []
        if let file = files[URLManifest.fileName] {
            guard let entries = URLManifest.decode(file.bytes) else {
                problems.append(.error(SourceLocation(file: file.displayPath), BuildMessages.badManifest))
                return nil
            }
            manifest = entries
        }
        return catalogus.map { ($0, manifest) }
    }

    private static func trimmed(_ folder: String) -> String {
        folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }

    /// The audience stage: the only place the full catalogue is read (contract: "Who may see what").
    private func restrict(_ parsed: Parsed) -> Prepared {
        let audience = options.settings.audience
        return Prepared(
            content: parsed.content, catalogus: parsed.catalogus.visible(to: audience),
            templates: parsed.templates, assets: parsed.assets,
            previous: parsed.previous.map { PreviousSnapshot(catalogus: $0.catalogus.visible(to: audience), manifest: $0.manifest) })
    }

    private func plan(_ prepared: Prepared, _ problems: inout DiagnosticList) -> Result<(Prepared, [PlannedFile]), DiagnosticList> {
        let (files, planProblems) = SitePlanner.plan(
            prepared.content, catalogus: prepared.catalogus, settings: options.settings, templates: Set(prepared.templates.names),
            previous: prepared.previous)
        guard !planProblems.hasErrors else { return .failure(planProblems) }
        problems.append(contentsOf: planProblems)
        return .success((prepared, files))
    }

    /// The last stage: every planned file rendered, and written into the new site unless this is a check.
    private func output(_ input: (Prepared, [PlannedFile]), write: Bool) -> Result<Written, DiagnosticList> {
        let (prepared, planned) = input
        let assets = prepared.assets.map { asset in
            PlannedFile(path: Inputs.assetsFolder + "/" + asset.relativePath) { asset.bytes }
        }
        let files = planned + assets
        let templates = prepared.templates
        let render = { @Sendable (file: PlannedFile) in Rendering.render(file, with: templates) }
        return write ? OutputWriter.write(files, to: options.outputDirectory, render: render) : Rendering.check(files, render: render)
    }
}
