using TenderBuilder.Core.Catalogues;

namespace TenderBuilder.Web.Components.Shared;

/// <summary>A piece of a text: plain, or the words of a glossary term.</summary>
/// <param name="Text">The words as written in the text.</param>
/// <param name="Term">The term they name, or null for plain text.</param>
public sealed record GlossaryPart(string Text, GlossaryTerm? Term);

/// <summary>Cuts a text into plain pieces and the first occurrence of each glossary term (Core finds them).</summary>
public static class GlossaryParts
{
    /// <summary>The pieces of a text, in order; one plain piece where no term occurs.</summary>
    public static List<GlossaryPart> Of(string text, Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var parts = new List<GlossaryPart>();
        var at = 0;
        foreach (var match in glossary.FirstOccurrences(text ?? ""))
        {
            if (match.Start > at)
            {
                parts.Add(new(text![at..match.Start], null));
            }

            parts.Add(new(text![match.Start..(match.Start + match.Length)], match.Term));
            at = match.Start + match.Length;
        }

        if (at < (text?.Length ?? 0))
        {
            parts.Add(new(text![at..], null));
        }

        return parts;
    }
}
