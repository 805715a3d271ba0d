using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Core.Input;
using TenderBuilder.Testing;
using TenderBuilder.Web.Features.Wizard;
using TenderBuilder.Web.Hosting;
using static TenderBuilder.Web.Tests.Features.Wizard.WizardData;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>
/// The import panel hands the page one edit for a good file (and one for its undo), and for a bad
/// file none at all: it lists the problems instead.
/// </summary>
public sealed class SiteImportPanelTests
{
    private const string Header = "site_id;name;address;area;latitude;longitude;site_type;access;site_count;lot;grid_capacity_kva;commissioning;points;current;rated_kw;connectors\n";

    private static readonly IReadOnlyList<Site> s_before = [new Site { Id = "OLD", Name = "Kept" }];

    private readonly List<Func<TenderInput, TenderInput>> _edits = [];

    [Fact]
    public async Task A_good_file_is_one_edit_replacing_the_list_and_undo_is_another()
    {
        await using var context = CreateContext();
        var panel = Render(context);

        Upload(panel, "sites.csv", Header + "S001;Hub;;;;;hub;public;1;;;;4;dc;150;ccs2\nS002;North;;;;;on_street;public;20;;;;2;ac;11,5;\n");

        panel.WaitForAssertion(() => panel.Find("[data-testid=sites-imported]").TextContent.ShouldContain("Imported 21 sites (44 points) from “sites.csv”."));
        _edits.ShouldHaveSingleItem()(new TenderInput().WithSites(s_before)).Sites.Select(s => s.Id).ShouldBe(["S001", "S002"]);

        panel.Find("#tb-undo-import").Click();
        _edits.Count.ShouldBe(2);
        _edits[1](new TenderInput()).Sites.ShouldHaveSingleItem().Id.ShouldBe("OLD");
    }

    [Fact]
    public async Task A_bad_file_lists_every_problem_by_line_and_column_and_changes_nothing()
    {
        await using var context = CreateContext();
        var panel = Render(context);

        Upload(panel, "broken.csv", Header + "S001;Hub;;;;;hub;public;1;;;;4;dc;11,x;\nS002;North;;;;;motorway;public;1;;;;2;ac;11;\n");

        panel.WaitForAssertion(() => panel.FindAll("[data-testid=sites-refused] li").Select(li => (li.GetAttribute("data-line"), li.GetAttribute("data-column")))
            .ShouldBe([("2", "rated_kw"), ("3", "site_type")]));
        panel.Find("[data-testid=sites-refused]").TextContent.ShouldContain("“broken.csv” was not imported: 2 problems to fix. Your site list is unchanged.");
        _edits.ShouldBeEmpty();
        panel.FindAll("#tb-undo-import").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bad_file_is_explained_in_the_interface_language_with_the_files_column_names()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            await using var context = CreateContext();
            var panel = Render(context);

            Upload(panel, "kapot.csv", Header + "S001;Hub;;;;;hub;public;1;;;;4;dc;11,x;\n");

            panel.WaitForAssertion(() => panel.Find("[data-testid=sites-refused] li").TextContent.ShouldBe("Regel 2, kolom rated_kw: ‘11,x’ is geen getal."));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    private BunitContext CreateContext()
    {
        var user = new SignedInUser { Principal = TestPrincipals.Author(Guid.NewGuid()) };
        // Reading a file needs no database: the drafts service is there only for saving, which the panel leaves to the page.
        var drafts = new DraftsService(null!, TimeProvider.System, user, Localization.InterfaceWords.For<DraftsService>());
        return MudTestContext.Create(services => services.AddSingleton(ShippedCatalogue).AddSingleton(new DraftSites(drafts, ShippedCatalogue)));
    }

    private IRenderedComponent<SiteImportPanel> Render(BunitContext context) =>
        context.Render<SiteImportPanel>(parameters => parameters
            .Add(p => p.DraftId, Guid.NewGuid())
            .Add(p => p.Sites, s_before)
            .Add(p => p.OnEdit, (Func<TenderInput, TenderInput> edit) => _edits.Add(edit)));

    private static void Upload(IRenderedComponent<SiteImportPanel> panel, string name, string csv) =>
        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, name, contentType: "text/csv"));
}
