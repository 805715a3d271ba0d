using System.Globalization;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TenderBuilder.Documents.Writers.Docx;

/// <summary>
/// Builds the numbering part. There are two list definitions (bullets and numbers); every list
/// in the document gets its own numbering instance, and numbered ones restart at 1 through a
/// start override — a shared instance would carry the count on from the previous list.
/// </summary>
internal sealed class NumberingBuilder
{
    /// <summary>The instance the List Bullet style points to, so the style bullets on its own in Word.</summary>
    public const int BulletStyleNumberingId = 1;

    /// <summary>The instance the List Number style points to.</summary>
    public const int NumberStyleNumberingId = 2;

    private const int BulletDefinitionId = 0;
    private const int NumberDefinitionId = 1;
    private const int Levels = 3;
    private const int IndentStep = 360;

    private static readonly string[] _bullets = ["\u2022", "\u25E6", "\u25AA"];
    private static readonly (W.NumberFormatValues Format, string Text)[] _numbers =
        [(W.NumberFormatValues.Decimal, "%1."), (W.NumberFormatValues.LowerLetter, "%2)"), (W.NumberFormatValues.LowerRoman, "%3.")];

    private readonly List<W.NumberingInstance> _instances = [];
    private int _nextId = NumberStyleNumberingId + 1;

    /// <summary>Adds a list and returns the numbering id its items refer to.</summary>
    public int AddList(bool numbered)
    {
        var id = _nextId++;
        var instance = new W.NumberingInstance(new W.AbstractNumId { Val = numbered ? NumberDefinitionId : BulletDefinitionId }) { NumberID = id };
        if (numbered)
        {
            instance.Append(new W.LevelOverride(new W.StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        }

        _instances.Add(instance);
        return id;
    }

    /// <summary>The numbering part's root: definitions first, then instances, as the schema requires.</summary>
    public W.Numbering Build()
    {
        var numbering = new W.Numbering(
            BulletDefinition(),
            NumberDefinition(),
            new W.NumberingInstance(new W.AbstractNumId { Val = BulletDefinitionId }) { NumberID = BulletStyleNumberingId },
            new W.NumberingInstance(new W.AbstractNumId { Val = NumberDefinitionId }) { NumberID = NumberStyleNumberingId });
        numbering.Append(_instances);
        return numbering;
    }

    private static W.AbstractNum BulletDefinition()
    {
        var definition = Definition(BulletDefinitionId, "A1B2C301");
        for (var level = 0; level < Levels; level++)
        {
            definition.Append(Level(
                level,
                W.NumberFormatValues.Bullet,
                _bullets[level],
                new W.NumberingSymbolRunProperties(new W.RunFonts { Ascii = StylesPartBuilder.BodyFont, HighAnsi = StylesPartBuilder.BodyFont, Hint = W.FontTypeHintValues.Default })));
        }

        return definition;
    }

    private static W.AbstractNum NumberDefinition()
    {
        var definition = Definition(NumberDefinitionId, "A1B2C302");
        for (var level = 0; level < Levels; level++)
        {
            definition.Append(Level(level, _numbers[level].Format, _numbers[level].Text, symbolProperties: null));
        }

        return definition;
    }

    private static W.AbstractNum Definition(int id, string nsid) => new(
        new W.Nsid { Val = nsid },
        new W.MultiLevelType { Val = W.MultiLevelValues.HybridMultilevel })
    { AbstractNumberId = id };

    private static W.Level Level(int level, W.NumberFormatValues format, string text, W.NumberingSymbolRunProperties? symbolProperties)
    {
        var indent = (IndentStep * (level + 1)).ToString(CultureInfo.InvariantCulture);
        var result = new W.Level(
            new W.StartNumberingValue { Val = 1 },
            new W.NumberingFormat { Val = format },
            new W.LevelText { Val = text },
            new W.LevelJustification { Val = W.LevelJustificationValues.Left },
            new W.PreviousParagraphProperties(new W.Indentation { Left = indent, Hanging = IndentStep.ToString(CultureInfo.InvariantCulture) }))
        { LevelIndex = level };
        if (symbolProperties is not null)
        {
            result.Append(symbolProperties);
        }

        return result;
    }
}
