using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Core.Manifest;
using TenderBuilder.Core.Rules;
using TenderBuilder.Core.Sites;
using TenderBuilder.Core.Words;

namespace TenderBuilder.Documents.Writers.OpenData;

/// <summary>
/// The tender as an Open Contracting Data Standard 1.1.5 release package, with its lots through
/// the official Lots extension. Only what bidders see is published: the explanatory memo is not
/// listed among the documents.
/// </summary>
public static class OcdsReleasePackageWriter
{
    /// <summary>The official Lots extension, declared in the package's <c>extensions</c>.</summary>
    public const string LotsExtension = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";

    private const string DurationQuestion = "model.duration_years";
    private const string CpvQuestion = "tender.cpv_codes";
    private const string ModelQuestion = "model.type";
    private const string AwardBasisQuestion = "award.basis";

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>The release package as JSON.</summary>
    public static string Write(TenderPackage package, IEnumerable<PackageFile> files, OcdsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        options ??= new OcdsOptions();
        var ocid = $"{options.OcidPrefix}-{ProcessId(package)}";
        var date = package.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var words = Words.PackageWords.For(package.Language);
        var authority = package.Tender.Authority.Name ?? words.OcdsAuthority;
        // A permit is granted, not bought: the authority runs the call but is no buyer.
        var buys = package.Framing.RequiresEstimatedValue;

        var release = new JsonObject
        {
            ["ocid"] = ocid,
            ["id"] = $"{ocid}-tender-{package.ReferenceDate:yyyyMMdd}",
            ["date"] = date,
            ["tag"] = new JsonArray("tender"),
            ["initiationType"] = "tender",
            ["language"] = OcdsLanguage(package.Language),
            ["parties"] = new JsonArray(new JsonObject
            {
                ["id"] = "authority",
                ["name"] = authority,
                ["address"] = package.Tender.Authority.Country is { } country ? new JsonObject { ["countryName"] = country } : null,
                ["roles"] = buys ? new JsonArray("buyer", "procuringEntity") : new JsonArray("procuringEntity"),
            }),
            ["buyer"] = buys ? new JsonObject { ["id"] = "authority", ["name"] = authority } : null,
            ["tender"] = Tender(package, files, options, words),
        };

        var root = new JsonObject
        {
            ["uri"] = options.PublicationBase is { } publication ? new Uri(publication, "ocds-release-package.json").ToString() : $"urn:tenderbuilder:{ocid}",
            ["version"] = "1.1",
            ["extensions"] = new JsonArray(LotsExtension),
            ["publishedDate"] = date,
            ["publisher"] = new JsonObject { ["name"] = authority },
            ["releases"] = new JsonArray(release),
        };
        JsonNodes.RemoveNulls(root);
        return root.ToJsonString(s_json);
    }

    private static JsonObject Tender(TenderPackage package, IEnumerable<PackageFile> files, OcdsOptions options, Words.PackageWords words)
    {
        var tender = package.Tender;
        var answers = package.Answers;
        var (method, methodDetails) = Method(tender.Procedure, answers);
        var award = package.Clauses.Where(c => c.Kind == ClauseKind.AwardCriterion).ToList();
        var cpv = answers.Has(CpvQuestion) ? answers.Choices(CpvQuestion) : [];
        var points = Composition.TenderSummary.Points(package);

        return new JsonObject
        {
            ["id"] = string.IsNullOrWhiteSpace(tender.Reference) ? "tender" : tender.Reference,
            ["title"] = tender.Title,
            ["description"] = Composition.TenderSummary.Describe(package),
            ["status"] = "planned",
            ["procuringEntity"] = new JsonObject { ["id"] = "authority", ["name"] = tender.Authority.Name ?? words.OcdsAuthority },
            ["items"] = Items(package, cpv, points, words),
            // A permit is not bought: neither a value nor award criteria describe it.
            ["value"] = tender.EstimatedValue.Amount is { } amount && package.Framing.RequiresEstimatedValue
                ? new JsonObject { ["amount"] = amount, ["currency"] = tender.EstimatedValue.Currency }
                : null,
            ["procurementMethod"] = method,
            ["procurementMethodDetails"] = methodDetails,
            ["mainProcurementCategory"] = answers.Has(ModelQuestion) && answers.Choice(ModelQuestion) == "purchase_own" ? "goods" : "services",
            ["awardCriteria"] = (answers.Has(AwardBasisQuestion) && package.Framing.HasAwardCriteria ? answers.Choice(AwardBasisQuestion) : null) switch
            {
                "lowest_price" => "priceOnly",
                "lowest_cost" => "costOnly",
                "best_price_quality" => "ratedCriteria",
                _ => null,
            },
            ["awardCriteriaDetails"] = award.Count == 0
                ? null
                : string.Join("; ", award.Select(c => $"{c.Title}: {c.Parameters.FirstOrDefault(p => p.Name == "weight")?.Rendered}")),
            ["submissionMethod"] = new JsonArray("electronicSubmission"),
            ["tenderPeriod"] = Period(tender.Dates.Publication, tender.Dates.SubmissionDeadline),
            ["contractPeriod"] = ContractPeriod(tender.Dates.ContractStart, answers.Number(DurationQuestion)),
            ["documents"] = new JsonArray([.. files.Where(f => f.Audience == "bidders").Select(f => (JsonNode)Document(f, options, package.Language))]),
            ["lots"] = tender.Lots.Items.Count == 0
                ? null
                : new JsonArray([.. tender.Lots.Items.Select(lot => (JsonNode)new JsonObject
                {
                    ["id"] = lot.Id,
                    ["title"] = lot.Title,
                    ["description"] = lot.Description,
                    ["value"] = lot.EstimatedValue is { } value && package.Framing.RequiresEstimatedValue ? new JsonObject { ["amount"] = value, ["currency"] = tender.EstimatedValue.Currency } : null,
                })]),
        };
    }

    /// <summary>
    /// One item per AFIR power class, and per lot when the sites say which lot they are in: a data
    /// user compares tenders by how many points of which power each lot buys, which one item per
    /// site would bury in 500 rows. A draft that counts no points keeps one item for the whole
    /// tender, without a quantity.
    /// </summary>
    private static JsonArray Items(TenderPackage package, System.Collections.Immutable.ImmutableArray<string> cpv, decimal points, Words.PackageWords words)
    {
        var answers = package.Answers;
        var scope = TenderScope.Of(package);
        JsonObject Item(string id, string description, int? quantity, string? lot) => new()
        {
            ["id"] = id,
            ["description"] = description,
            ["classification"] = cpv.IsEmpty ? null : Classification(cpv[0], answers),
            ["additionalClassifications"] = cpv.Length > 1 ? new JsonArray([.. cpv.Skip(1).Select(code => (JsonNode)Classification(code, answers))]) : null,
            ["quantity"] = quantity,
            ["unit"] = quantity is null ? null : new JsonObject { ["name"] = words.OcdsUnit },
            ["relatedLot"] = lot,
        };

        var perLot = scope.Lots.Where(l => l.Quantities is not null).ToList();
        var items = new List<JsonNode>();
        foreach (var powerClass in PowerClasses.All)
        {
            var label = Words.DocumentTerms.Of(package.Language).Label(powerClass);
            var key = PowerClasses.QuestionId(powerClass)["sites.points_".Length..];
            if (perLot.Count > 0)
            {
                items.AddRange(perLot
                    .Where(l => l.Quantities!.Points[powerClass] > 0)
                    .Select(l => l.Id.Length == 0
                        ? Item($"no-lot-{key}", Format(words.OcdsItemNoLot, label), l.Quantities!.Points[powerClass], null)
                        : Item($"lot-{l.Id}-{key}", Format(words.OcdsItemLot, label, l.Id), l.Quantities!.Points[powerClass], l.Id)));
            }
            else if (scope.Total.Points[powerClass] is > 0 and var quantity)
            {
                items.Add(Item(key, Format(words.OcdsItem, label), quantity, null));
            }
        }

        if (items.Count == 0)
        {
            items.Add(Item("1", words.OcdsItemAll, points > 0 ? (int)points : null, null));
        }

        return [.. items];
    }

    // OCDS's four methods describe how suppliers take part; the directive's procedure goes in the details.
    private static (string? Method, string? Details) Method(string? procedure, Core.Answers.AnswerSet answers)
    {
        var label = procedure is null || !answers.Has("tender.procedure") ? procedure : answers.Question("tender.procedure").OptionLabel(procedure);
        return procedure switch
        {
            "open" => ("open", label),
            "restricted" or "competitive_negotiation" or "competitive_dialogue" => ("selective", label),
            "concession_procedure" => ("open", label),
            _ => (null, label),
        };
    }

    private static JsonObject Classification(string code, Core.Answers.AnswerSet answers)
    {
        var label = answers.Question(CpvQuestion).OptionLabel(code);
        var description = label.StartsWith(code, StringComparison.Ordinal) ? label[code.Length..].Trim(' ', '-', '–') : label;
        return new JsonObject { ["scheme"] = "CPV", ["id"] = code, ["description"] = description.Length > 0 ? description : null };
    }

    // The term ends the day before the same date so many years (or months) after the start, so a
    // data user sees when the contract runs out without reading the documents.
    private static JsonObject? ContractPeriod(DateOnly? start, decimal? years)
    {
        if (start is not { } first)
        {
            return null;
        }

        var period = new JsonObject { ["startDate"] = Date(first) };
        if (years is { } term && term > 0)
        {
            var last = first.AddMonths((int)Math.Round(term * 12, MidpointRounding.AwayFromZero)).AddDays(-1);
            period["endDate"] = Date(last);
            period["durationInDays"] = last.DayNumber - first.DayNumber + 1;
        }

        return period;
    }

    private static JsonObject? Period(DateOnly? start, DateOnly? end) =>
        start is null && end is null ? null : new JsonObject
        {
            ["startDate"] = start is { } s ? Date(s) : null,
            ["endDate"] = end is { } e ? Date(e) : null,
        };

    private static JsonObject Document(PackageFile file, OcdsOptions options, string language) => new()
    {
        ["id"] = file.Path,
        ["documentType"] = Path.GetFileNameWithoutExtension(file.Path) switch
        {
            "technical-specifications" => "technicalSpecifications",
            "selection-and-award-criteria" => "evaluationCriteria",
            _ => "biddingDocuments",
        },
        ["title"] = file.Title,
        ["url"] = options.PublicationBase is { } publication ? new Uri(publication, file.Path).ToString() : null,
        ["format"] = file.MediaType,
        ["language"] = OcdsLanguage(language),
    };

    // OCDS asks for a two-letter ISO 639-1 code ("nl"), not a full BCP-47 tag ("nl-NL"). The
    // pseudo-language, which has none, keeps its tag so a test can see it passed through.
    internal static string OcdsLanguage(string language) =>
        Core.Input.DocumentLanguages.IsSupported(language) ? language.Split('-')[0] : language;

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    // A stable identifier for the contracting process: the reference where there is one, else a
    // short hash of the title and authority, so rebuilding the same tender keeps its ocid.
    private static string ProcessId(TenderPackage package)
    {
        var reference = package.Tender.Reference?.Trim();
        if (!string.IsNullOrEmpty(reference))
        {
            var safe = new string([.. reference.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
            if (safe.Length > 0)
            {
                return safe;
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{package.Tender.Authority.Name}|{package.Tender.Title}"));
        return Convert.ToHexStringLower(hash)[..12];
    }
}
