// Translations of the shared form infrastructure (renderer/forms), Vietnamese first. The `en`
// object must have exactly the keys of `vi` (checked by the type of Resources in ../vi.ts and by
// tests/renderer/i18n.test.ts).
export const vi = {
  save: 'Lưu',
  saving: 'Đang lưu…',
  cancel: 'Hủy',
  close: 'Đóng',
  saved: 'Đã lưu.',
  conflict: {
    title: 'Bản ghi này vừa được sửa ở nơi khác',
    message:
      'Có người (hoặc máy khác) đã lưu một phiên bản mới hơn trong lúc bạn sửa. Những gì bạn đã nhập vẫn được giữ nguyên. Hãy tải phiên bản mới nhất, xem lại rồi lưu lần nữa.',
    reload: 'Tải phiên bản mới nhất',
    reloaded: 'Đã tải phiên bản mới nhất. Nội dung bạn nhập vẫn còn; hãy kiểm tra rồi lưu lại.',
  },
  unsaved: {
    title: 'Rời trang khi chưa lưu?',
    message: 'Bạn có thay đổi chưa được lưu. Nếu rời trang bây giờ, các thay đổi này sẽ mất.',
    stay: 'Ở lại và tiếp tục sửa',
    leave: 'Rời trang, bỏ thay đổi',
  },
  duplicate: {
    titleMeeting: 'Cuộc họp này đã có?',
    titlePerson: 'Cán bộ này đã có?',
    introMeeting: 'Đã có cuộc họp của cùng cơ quan với cùng số thứ tự:',
    introPerson: 'Đã có cán bộ cùng họ tên (không kể dấu, hoa thường) và cùng email hoặc tên trên hộ chiếu:',
    open: 'Mở bản ghi đã có',
    question: 'Nếu chỉ là nhập lại, đừng lưu: hãy mở bản ghi đã có. Chỉ lưu nếu đây đúng là một bản ghi khác.',
    cancel: 'Không lưu',
    confirm: 'Vẫn lưu, đây là bản ghi khác',
  },
  delete: {
    title: 'Xóa mục này?',
    message: 'Xóa “{{label}}”? Bạn có thể hoàn tác trong vài giây ngay sau khi xóa.',
    confirm: 'Xóa',
    cancel: 'Không xóa',
    done: 'Đã xóa “{{label}}”.',
    undo: 'Hoàn tác',
    restored: 'Đã khôi phục “{{label}}”.',
    failed: 'Không xóa được',
    restoreFailed: 'Không khôi phục được',
  },
  select: {
    nothingFound: 'Không tìm thấy. Hãy gõ từ khác.',
    searching: 'Đang tìm…',
    typeToSearch: 'Gõ để tìm',
    loadFailed: 'Không tải được danh sách. Hãy thử lại.',
  },
  date: {
    placeholder: 'dd/mm/yyyy',
    clear: 'Xóa ngày',
    invalid: 'Hãy nhập ngày dạng dd/mm/yyyy.',
  },
};

export const en: typeof vi = {
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  close: 'Close',
  saved: 'Saved.',
  conflict: {
    title: 'This record was just changed elsewhere',
    message:
      'Someone (or another computer) saved a newer version while you were editing. What you typed is kept. Load the latest version, check it, then save again.',
    reload: 'Load the latest version',
    reloaded: 'The latest version is loaded. What you typed is still here; check it and save again.',
  },
  unsaved: {
    title: 'Leave without saving?',
    message: 'You have changes that are not saved. If you leave this page now, they are lost.',
    stay: 'Stay and keep editing',
    leave: 'Leave and discard changes',
  },
  duplicate: {
    titleMeeting: 'Is this meeting already here?',
    titlePerson: 'Is this person already here?',
    introMeeting: 'There is already a meeting of the same body with the same number:',
    introPerson: 'There is already a person with the same name (accents and case aside) and the same e-mail or passport name:',
    open: 'Open the existing record',
    question: 'If you are entering it again, do not save: open the existing record. Save only if this is indeed another record.',
    cancel: 'Do not save',
    confirm: 'Save anyway',
  },
  delete: {
    title: 'Delete this item?',
    message: 'Delete “{{label}}”? You can undo it for a few seconds right after.',
    confirm: 'Delete',
    cancel: 'Keep it',
    done: '“{{label}}” deleted.',
    undo: 'Undo',
    restored: '“{{label}}” restored.',
    failed: 'Could not delete',
    restoreFailed: 'Could not restore',
  },
  select: {
    nothingFound: 'Nothing found. Try other words.',
    searching: 'Searching…',
    typeToSearch: 'Type to search',
    loadFailed: 'The list could not be loaded. Try again.',
  },
  date: {
    placeholder: 'dd/mm/yyyy',
    clear: 'Clear the date',
    invalid: 'Enter the date as dd/mm/yyyy.',
  },
};
