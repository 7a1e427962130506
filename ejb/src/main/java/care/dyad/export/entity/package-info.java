/** What the export context keeps: bulk export jobs of payers. */
package care.dyad.export.entity;
