using System.Text.RegularExpressions;

namespace TenderBuilder.Core.Catalogues.Loading;

/// <summary>
/// What a clause must satisfy beyond its shape: its kind fits its deliverable (selection and award
/// never mix), it cites a source, a mandatory clause rests on verified law, an award criterion has a
/// weight, and every placeholder has a parameter and every parameter a placeholder.
/// </summary>
internal sealed partial class ClauseChecks(LoadErrors errors, IReadOnlyDictionary<string, Source> sources)
{
    public void Check(Clause clause)
    {
        var location = clause.Location;
        var fits = clause.Kind switch
        {
            ClauseKind.SelectionCriterion or ClauseKind.AwardCriterion => clause.Deliverable == Deliverable.Criteria,
            ClauseKind.TechnicalSpecification => clause.Deliverable is Deliverable.Specification or Deliverable.Notice,
            _ => clause.Deliverable == Deliverable.Contract,
        };
        if (!fits)
        {
            errors.Add(location, $"clause {clause.Id}: a {YamlMap.CamelCase(clause.Kind.ToString())} does not belong in the {YamlMap.CamelCase(clause.Deliverable.ToString())} deliverable");
        }

        if (clause.Sources.IsEmpty)
        {
            errors.Add(location, $"clause {clause.Id} cites no source");
        }

        if (clause.Strength == Strength.Mandatory
            && !clause.Sources.Any(c => c.Status == VerificationStatus.Verified && sources.GetValueOrDefault(c.SourceId)?.Type == SourceType.Law))
        {
            errors.Add(location, $"clause {clause.Id} is mandatory but cites no verified legal source; make it recommended or cite the verified law");
        }

        if (clause.Kind == ClauseKind.AwardCriterion && !clause.Parameters.Any(p => p.Name == "weight" && p.Type == ParameterType.Percentage))
        {
            errors.Add(location, $"award criterion {clause.Id} needs a \"weight\" parameter of type percentage");
        }

        CheckPlaceholders(clause);
    }

    private void CheckPlaceholders(Clause clause)
    {
        var groups = clause.Alternatives.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var clash in clause.Parameters.Where(p => groups.Contains(p.Name)))
        {
            errors.Add(clause.Location, $"clause {clause.Id}: {{{clash.Name}}} is both a parameter and a group of alternatives");
        }

        foreach (var (language, text) in clause.Text)
        {
            // A group stands once in the text, or once in how the clause is checked, or once in each.
            foreach (var group in clause.Alternatives)
            {
                var count = Placeholder().Matches(text).Count(m => m.Groups[1].Value == group.Name);
                var inCheck = Placeholder().Matches(clause.Verification.Text).Count(m => m.Groups[1].Value == group.Name);
                if (count > 1 || inCheck > 1 || count + inCheck == 0)
                {
                    errors.Add(group.Location, $"clause {clause.Id} ({language}): the alternatives {{{group.Name}}} must be placed once in the text, once in the verification text, or once in each; not {count} and {inCheck} times");
                }
            }

            // Parameters may stand in the text or in any alternative; an alternative holds no further alternatives.
            var alternativeTexts = clause.Alternatives.SelectMany(a => a.Options).Select(o => o.Text);
            var placeholders = Placeholder().Matches(string.Join(" ", alternativeTexts.Prepend(text))).Select(m => m.Groups[1].Value)
                .Where(p => !Reserved(p) && !groups.Contains(p)).ToHashSet(StringComparer.Ordinal);
            foreach (var nested in clause.Alternatives.SelectMany(a => a.Options).Where(o => Placeholder().Matches(o.Text).Any(m => groups.Contains(m.Groups[1].Value))))
            {
                errors.Add(nested.Location, $"clause {clause.Id}: the alternative \"{nested.Key}\" places alternatives inside an alternative; write the sentences out instead");
            }
            foreach (var reserved in clause.Parameters.Where(p => Reserved(p.Name)))
            {
                var what = Rules.PartyText.Tokens.Contains(reserved.Name) ? "the other party's name" : "a word for the offer, the one who makes it or the documents it answers";
                errors.Add(clause.Location, $"clause {clause.Id}: a parameter cannot be called {reserved.Name}: {{{reserved.Name}}} is {what}, which the procurement model decides");
            }

            // Only the framing's words inflect; a form on anything else, or a form no table gives, would print as written.
            foreach (var formed in Placeholder().Matches(string.Join(" ", alternativeTexts.Prepend(text).Append(clause.Verification.Text))).Where(m => m.Groups[2].Success)
                .Where(m => !Reserved(m.Groups[1].Value) || !Words.FramingWords.Forms.Contains(m.Groups[2].Value)).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                errors.Add(clause.Location, $"clause {clause.Id} ({language}): {formed} is no placeholder: only the framing's words ({string.Join(", ", Rules.FramedText.Tokens.Order(StringComparer.Ordinal).Select(t => "{" + t + "}"))}) take a form, and only :{string.Join(", :", Words.FramingWords.Forms)}");
            }

            foreach (var missing in placeholders.Where(p => clause.Parameters.All(parameter => parameter.Name != p)))
            {
                errors.Add(clause.Location, $"clause {clause.Id} ({language}): {{{missing}}} has no parameter");
            }

            foreach (var unused in clause.Parameters.Where(p => !placeholders.Contains(p.Name)))
            {
                errors.Add(clause.Location, $"clause {clause.Id} ({language}): parameter {unused.Name} does not appear in the text");
            }
        }
    }

    // Tokens the legal framing fills (docs/catalogue-authoring.md), not clause parameters.
    private static bool Reserved(string name) => Rules.FramedText.Tokens.Contains(name);

    // A framing token may carry a grammatical form ({party:dat}); it counts as the token.
    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)(?::([a-z]+))?\}")]
    private static partial Regex Placeholder();
}
