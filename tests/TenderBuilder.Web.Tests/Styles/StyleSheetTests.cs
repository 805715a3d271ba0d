using TenderBuilder.Testing;

namespace TenderBuilder.Web.Tests.Styles;

/// <summary>
/// The style sheet parses as its author meant: a rule left open swallows every rule after it into
/// itself, which browsers then drop silently (labels cut off again, pages scrolling sideways).
/// </summary>
public sealed class StyleSheetTests
{
    [Fact]
    public void Every_rule_of_the_style_sheet_is_closed_before_the_next_one_opens()
    {
        var path = Path.Combine(RepositoryFiles.Root, "src", "TenderBuilder.Web", "wwwroot", "app.css");
        var depth = 0;
        var openAt = new Stack<int>();
        var problems = new List<string>();
        var lines = File.ReadAllLines(path);
        var inComment = false;
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            var code = WithoutComments(line, ref inComment);
            var opensRuleAtLineStart = code.Length > 0 && !char.IsWhiteSpace(code[0]) && code[0] != '}' && code[0] != '@';
            if (opensRuleAtLineStart && depth > 0 && !InsideAtRule(lines, openAt))
            {
                problems.Add($"line {number} starts a rule inside the rule opened on line {openAt.Peek()}");
            }

            foreach (var c in code)
            {
                if (c == '{')
                {
                    depth++;
                    openAt.Push(number);
                }
                else if (c == '}' && openAt.Count > 0)
                {
                    depth--;
                    openAt.Pop();
                }
            }
        }

        if (openAt.Count > 0)
        {
            problems.Add($"the rule opened on line {openAt.Peek()} is never closed");
        }

        problems.ShouldBeEmpty();
    }

    // A rule at the start of a line may sit inside @media or @supports, and nowhere else.
    private static bool InsideAtRule(string[] lines, Stack<int> openAt) =>
        openAt.Count == 1 && lines[openAt.Peek() - 1].TrimStart().StartsWith('@');

    private static string WithoutComments(string line, ref bool inComment)
    {
        var kept = new System.Text.StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (inComment)
            {
                if (i + 1 < line.Length && line[i] == '*' && line[i + 1] == '/')
                {
                    inComment = false;
                    i++;
                }
            }
            else if (i + 1 < line.Length && line[i] == '/' && line[i + 1] == '*')
            {
                inComment = true;
                i++;
            }
            else
            {
                kept.Append(line[i]);
            }
        }

        return kept.ToString();
    }
}
