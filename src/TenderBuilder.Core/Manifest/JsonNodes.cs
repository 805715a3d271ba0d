using System.Text.Json.Nodes;

namespace TenderBuilder.Core.Manifest;

/// <summary>Small operations on JSON trees that the exports share.</summary>
public static class JsonNodes
{
    /// <summary>Removes every property whose value is null, at any depth: exports leave out what is unknown.</summary>
    public static void RemoveNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is null)
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        RemoveNulls(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RemoveNulls(item);
                }

                break;
        }
    }
}
