namespace TenderBuilder.Web.Components.Shared;

/// <summary>What the officer chose for a new draft: its title and the language of its documents.</summary>
/// <param name="Title">The tender's title.</param>
/// <param name="Language">The document language's tag (<see cref="Core.Input.DocumentLanguages"/>).</param>
public sealed record NewDraftChoice(string Title, string Language);
