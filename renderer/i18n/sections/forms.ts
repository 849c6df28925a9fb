// Translations of the shared form infrastructure (renderer/forms), Vietnamese first. The `en`
// object must have exactly the keys of `vi` (checked by the type of Resources in ../vi.ts and by
// tests/renderer/i18n.test.ts).
export const vi = {
  save: 'Lưu',
  saving: 'Đang lưu…',
  cancel: 'Huỷ',
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
  delete: {
    title: 'Xoá mục này?',
    message: 'Xoá “{{label}}”? Bạn có thể hoàn tác trong vài giây ngay sau khi xoá.',
    confirm: 'Xoá',
    cancel: 'Không xoá',
    done: 'Đã xoá “{{label}}”.',
    undo: 'Hoàn tác',
    restored: 'Đã khôi phục “{{label}}”.',
    failed: 'Không xoá được',
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
    clear: 'Xoá ngày',
    invalid: 'Hãy nhập ngày dạng dd/mm/yyyy.',
    rule: 'dd/mm/yyyy, nhận cả 28.7.24, 28-7-2024. Năm 2 chữ số: 00–69 là 20xx, 70–99 là 19xx.',
    unreadable: '“{{text}}” không phải là ngày. Hãy nhập ngày/tháng/năm, ví dụ 28/07/2024.',
    impossible: 'Không có ngày {{text}}: tháng {{month}}/{{year}} chỉ có {{days}} ngày.',
    noSuchMonth: 'Không có ngày {{text}}: không có tháng {{month}}.',
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
    rule: 'dd/mm/yyyy; 28.7.24 or 28-7-2024 work too. Two-digit years: 00–69 are 20xx, 70–99 are 19xx.',
    unreadable: '“{{text}}” is not a date. Enter day/month/year, for example 28/07/2024.',
    impossible: 'There is no {{text}}: month {{month}}/{{year}} has only {{days}} days.',
    noSuchMonth: 'There is no {{text}}: there is no month {{month}}.',
  },
};
