using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TenderBuilder.Web.Features.Wizard;

namespace TenderBuilder.Web.Tests.Features.Wizard;

/// <summary>The wizard's words as the app reads them (ADR 0018), for tests that call its presenters outside a component.</summary>
internal static class WizardWords
{
    /// <summary>The localizer of <typeparamref name="T"/>'s resources.</summary>
    public static IStringLocalizer<T> For<T>() => Localization.InterfaceWords.For<T>();

    /// <summary>The wizard's steps for the shipped catalogue.</summary>
    public static ImmutableArray<WizardStep> Steps => WizardStep.For(WizardData.ShippedCatalogue.Questionnaire, For<WizardStep>());
}
