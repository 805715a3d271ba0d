using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TenderBuilder.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TemplateChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "template_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    template_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    changed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    changed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_template_changes", x => new { x.template_id, x.id });
                    table.ForeignKey(
                        name: "FK_template_changes_tender_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "tender_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "template_changes");
        }
    }
}
