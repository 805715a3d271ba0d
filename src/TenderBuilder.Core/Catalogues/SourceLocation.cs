namespace TenderBuilder.Core.Catalogues;

/// <summary>Where something was written: a catalogue or input file and a line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
