// Translations of one part of the app, Vietnamese first. The `en` object must have exactly the
// keys of `vi` (checked by the type of Resources in ../vi.ts and by tests/renderer/i18n.test.ts).
export const vi = {
  open: 'Tìm kiếm',
  openLabel: 'Tìm kiếm trong toàn bộ dữ liệu (Ctrl+K)',
  title: 'Tìm kiếm',
  inputLabel: 'Tìm cuộc họp, người, cơ quan, cơ chế hoặc việc cần làm',
  placeholder: 'Ví dụ: ASOEN 35, nguyen, pu mat',
  resultsLabel: 'Kết quả tìm kiếm',
  hint: 'Gõ có dấu hay không dấu đều được: “pu mat” tìm thấy “Pù Mát”. Dùng phím mũi tên để chọn, Enter để mở, Esc để đóng.',
  searching: 'Đang tìm…',
  noResults: 'Không tìm thấy kết quả nào cho “{{q}}”. Hãy thử từ khóa khác hoặc ngắn hơn.',
  count: 'Số kết quả: {{n}}',
  keys: {
    move: 'chọn',
    open: 'mở',
    close: 'đóng',
  },
  kinds: {
    meeting: 'Cuộc họp',
    action_item: 'Việc cần làm',
    person: 'Người',
    agency: 'Cơ quan',
    body: 'Cơ chế ASEAN',
  },
};

export const en: typeof vi = {
  open: 'Search',
  openLabel: 'Search all the data (Ctrl+K)',
  title: 'Search',
  inputLabel: 'Search meetings, people, agencies, bodies or action items',
  placeholder: 'For example: ASOEN 35, nguyen, pu mat',
  resultsLabel: 'Search results',
  hint: 'With or without Vietnamese diacritics: “pu mat” finds “Pù Mát”. Use the arrow keys to choose, Enter to open, Esc to close.',
  searching: 'Searching…',
  noResults: 'Nothing found for “{{q}}”. Try other or fewer words.',
  count: 'Results: {{n}}',
  keys: {
    move: 'choose',
    open: 'open',
    close: 'close',
  },
  kinds: {
    meeting: 'Meetings',
    action_item: 'Action items',
    person: 'People',
    agency: 'Agencies',
    body: 'ASEAN bodies',
  },
};
