using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TenderBuilder.Application.Accounts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TenderBuilder.Application.Drafts;
using TenderBuilder.Application.Evaluation;
using TenderBuilder.Core.Catalogues;
using TenderBuilder.Application.History;
using TenderBuilder.Application.Organisations;
using TenderBuilder.Application.Packages;
using TenderBuilder.Application.Review;
using TenderBuilder.Application.Templates;

namespace TenderBuilder.Application;

/// <summary>Registers the application's services: drafts, templates, review, history, packages and accounts.</summary>
public static class ApplicationHostingExtensions
{
    /// <summary>
    /// Adds the services. The host registers who is acting (<see cref="ICurrentUser"/>, scoped: a
    /// request or a circuit); every service below acts as that user.
    /// </summary>
    public static IServiceCollection AddTenderBuilderApplication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // The shipped catalogue is immutable and loaded once; everything reads it, nothing changes it.
        services.TryAddSingleton(_ => CatalogueLoader.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        // The services word what they say to the officer from .resx families under this project's
        // Resources folder, at the class's own path (Drafts/DraftsService.cs → Resources/Drafts/DraftsService.resx),
        // in the interface language. The web app asks for the same resources path for its own words,
        // so one setting serves both; registering it here too lets other hosts run the services.
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Pages ask it what to offer; the services enforce the same answers.
        services.AddScoped<ContentPermissions>();
        services.AddSingleton<DraftEvaluator>();
        services.AddScoped<DraftsService>();
        services.AddScoped<DraftSites>();
        services.Configure<DraftRetentionOptions>(configuration.GetSection(DraftRetentionOptions.SectionName));
        services.AddScoped<DraftArchive>();
        // Scoped: it reads drafts through the acting user's organisation.
        services.AddScoped<DraftPackages>();
        services.Configure<Documents.Notices.Sdk.EformsOptions>(configuration.GetSection(Documents.Notices.Sdk.EformsOptions.Section));
        services.AddSingleton<Notices.EformsSdkSource>();
        // Optional: the SDK's rules through Node.js, on demand (docs/deployment.md, "EU notices (eForms)").
        services.Configure<Documents.Notices.Validation.SchematronOptions>(configuration.GetSection(Notices.EformsSchematron.Section));
        services.AddSingleton<Notices.EformsSchematron>();
        // Scoped like the packages it reads.
        services.AddScoped<Notices.DraftNotices>();
        services.AddScoped<DraftHistory>();
        services.AddScoped<DraftReviews>();
        services.AddScoped<TemplatesService>();
        // Scoped: it acts as the signed-in administrator, for their own organisation only.
        services.AddScoped<BuyerProfiles>();
        // One operation, one scope of its own: administrators' work is not tied to a request.
        services.AddSingleton<UserAccounts>();
        // Scoped: the request's own database contexts check the key and write its access log.
        services.AddScoped<ApiKeys.ApiKeyAuthenticator>();
        // Scoped: it acts as the signed-in administrator, for their own organisation's keys only.
        services.AddScoped<ApiKeys.ApiKeys>();
        return services;
    }
}
