using System.Globalization;

namespace TenderBuilder.Documents.Notices.Mapping;

/// <summary>Languages as eForms writes them: ISO 639-3 codes in capitals (<c>ENG</c>, <c>NLD</c>).</summary>
public static class NoticeLanguages
{
    /// <summary>The eForms code of a BCP-47 tag or ISO 639-1 code; English for none.</summary>
    public static string Iso6393(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return "ENG";
        }

        // .NET knows the three-letter (terminology) code of every EU language; eForms uses those,
        // except where the EU's list keeps the bibliographic one.
        // The pseudo-language (qps-ploc) and any tag .NET cannot name in three letters fall back to
        // English, so the notice never carries an empty languageID.
        var code = CultureInfo.GetCultureInfo(tag.Split('-')[0]).ThreeLetterISOLanguageName.ToUpperInvariant();
        return code.Length == 3 && code != "IVL" ? code : "ENG";
    }
}

/// <summary>Countries as eForms writes them: ISO 3166-1 alpha-3 (<c>NLD</c>).</summary>
public static class NoticeCountries
{
    /// <summary>The alpha-3 code of an alpha-2 code, or null for none.</summary>
    public static string? Iso3(string? alpha2)
    {
        if (string.IsNullOrWhiteSpace(alpha2))
        {
            return null;
        }

        // Greece is EL in EU usage but GR in ISO; RegionInfo knows the ISO code.
        var code = alpha2.Equals("EL", StringComparison.OrdinalIgnoreCase) ? "GR" : alpha2;
        try
        {
            return new RegionInfo(code).ThreeLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>The eForms award-criterion type of each award clause of the catalogue.</summary>
public static class NoticeAwardCriteria
{
    /// <summary>
    /// <c>price</c> for the criteria bidders state as money (price, concession fee, driver tariff,
    /// public contribution), <c>cost</c> for a life-cycle cost, <c>quality</c> for the rest.
    /// </summary>
    public static string TypeOf(string clauseId) => clauseId switch
    {
        _ when clauseId.StartsWith("award.price-or-cost", StringComparison.Ordinal) => "price",
        _ when clauseId.StartsWith("award.concession-fee", StringComparison.Ordinal) => "price",
        _ when clauseId.StartsWith("award.driver-tariff", StringComparison.Ordinal) => "price",
        _ when clauseId.StartsWith("award.public-contribution", StringComparison.Ordinal) => "price",
        _ => "quality",
    };
}
