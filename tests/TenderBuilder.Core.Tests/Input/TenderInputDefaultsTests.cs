using System.Reflection;
using System.Text.Json;
using TenderBuilder.Core.Input;
using TenderBuilder.Core.Templates;

namespace TenderBuilder.Core.Tests.Input;

/// <summary>
/// What a file leaves out reads as the record's default, as it did before inputs were read through
/// the JSON source generator (which alone would give null and zero: ADR 0023).
/// </summary>
public sealed class TenderInputDefaultsTests
{
    [Fact]
    public void A_file_without_sites_lots_or_authority_reads_with_the_empty_defaults()
    {
        var input = TenderInputReader.Read("schemaVersion: 2\ntender:\n  title: Charging for residents\n").Input;

        input.Sites.ShouldBeEmpty();
        input.Exclusions.ShouldBeEmpty();
        input.Answers.ShouldBeEmpty();
        input.Tender.Authority.Address.ShouldNotBeNull();
        input.Tender.Lots.ShouldNotBeNull();
        input.Tender.Notice.ShouldNotBeNull();
        input.SchemaVersion.ShouldBe(TenderInput.CurrentSchemaVersion);
    }

    [Fact]
    public void A_site_without_a_count_is_one_site_and_an_explicit_count_is_kept()
    {
        var input = TenderInputReader.Read("""
            schemaVersion: 2
            sites:
              - id: S1
                name: Marktplein
              - id: S2
                name: North district
                siteCount: 20
            """).Input;

        input.Sites.Select(s => s.SiteCount).ShouldBe([1, 20]);
        input.Sites[0].PointGroups.ShouldBeEmpty();
    }

    [Fact]
    public void A_stored_input_and_template_binding_read_back_as_written()
    {
        var input = TenderInputReader.Read("schemaVersion: 2\ntender:\n  title: Charging\nsites:\n  - id: S1\n    name: Marktplein\n").Input;
        var binding = new TemplateBinding { Origin = new TemplateOrigin(Guid.Empty, 3, "Region"), OwnerName = "Region", Baseline = input };

        TenderInputJson.Serialize(TenderInputJson.Deserialize(TenderInputJson.Serialize(input))).ShouldBe(TenderInputJson.Serialize(input));
        var read = TemplateBinding.FromJson(binding.ToJson());
        read.Locks.IsDefault.ShouldBeFalse();
        read.Locks.ShouldBeEmpty();
        read.Baseline.Sites.Single().SiteCount.ShouldBe(1);
    }

    [Fact]
    public void A_missing_required_value_is_still_refused()
    {
        Should.Throw<TenderInputFormatException>(() => TenderInputReader.Read("schemaVersion: 2\nsites:\n  - name: Marktplein\n"));
    }

    [Fact]
    public void Every_record_of_the_input_can_be_made_to_read_its_defaults()
    {
        // A record added to the input without its constructor kept would read absent values as
        // null in the natively compiled command line only; the list is checked here, on the JIT.
        var kept = typeof(TenderInputJson).Assembly.GetType("TenderBuilder.Core.Input.TenderInputDefaults")!
            .GetMethod("New", BindingFlags.Static | BindingFlags.NonPublic)!
            .GetCustomAttributes<System.Diagnostics.CodeAnalysis.DynamicDependencyAttribute>()
            .Select(d => d.Type).ToHashSet();

        Records(typeof(TenderInput)).Concat(Records(typeof(TemplateBinding)))
            .Where(t => t.GetConstructor(Type.EmptyTypes) is not null)
            .ShouldAllBe(t => kept.Contains(t));
    }

    private static IEnumerable<Type> Records(Type root)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            yield return type;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var candidate = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var element = candidate.IsGenericType ? candidate.GetGenericArguments().Last() : candidate;
                if (element.Namespace?.StartsWith("TenderBuilder.Core", StringComparison.Ordinal) == true && element.IsClass)
                {
                    queue.Enqueue(element);
                }
            }
        }
    }
}
