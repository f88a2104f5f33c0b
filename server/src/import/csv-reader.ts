/** One CSV record and the line of the file it starts on. */
export interface CsvRecord {
  line: number
  cells: string[]
}

/** Thrown for text that is not RFC 4180 CSV (an unclosed quote, text after a closing quote). */
export class CsvSyntaxError extends Error {}

/**
 * Reads RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line
 * breaks; records end with CRLF (or LF, as an editor may save it). A
 * byte-order mark at the start is skipped.
 */
export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let recordLine = 1
  let index = text.startsWith('\uFEFF') ? 1 : 0
  const endRecord = () => {
    cells.push(cell)
    records.push({ line: recordLine, cells })
    cells = []
    cell = ''
  }
  while (index < text.length) {
    const char = text[index]
    if (char === '"' && cell === '') {
      const start = line
      index++
      for (;;) {
        if (index >= text.length) throw new CsvSyntaxError(`line ${start}: a quoted cell is never closed`)
        const inside = text[index]
        if (inside === '"') {
          if (text[index + 1] !== '"') break
          cell += '"'
          index += 2
          continue
        }
        if (inside === '\n') line++
        cell += inside
        index++
      }
      index++
      const next = text[index]
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
        throw new CsvSyntaxError(`line ${line}: text after a closing quote`)
      continue
    }
    if (char === ',') {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || (char === '\r' && text[index + 1] === '\n')) {
      if (char === '\r') index++
      endRecord()
      line++
      recordLine = line
    } else cell += char
    index++
  }
  if (cell !== '' || cells.length > 0) endRecord()
  return records
}
