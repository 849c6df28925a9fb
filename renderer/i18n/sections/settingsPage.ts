// Translations of one part of the app, Vietnamese first. The `en` object must have exactly the
// keys of `vi` (checked by the type of Resources in ../vi.ts and by tests/renderer/i18n.test.ts).
export const vi = {
  data: {
    title: 'Dữ liệu',
    description: 'Dữ liệu của ứng dụng nằm trong một tệp trên máy này. Hãy sao lưu tệp này, và không đặt nó trên ổ mạng dùng chung.',
    dataFile: 'Tệp dữ liệu',
    copy: 'Sao chép đường dẫn',
    copied: 'Đã sao chép',
  },
  export: {
    title: 'Thư mục xuất tệp',
    description: 'Nơi lưu các tệp xuất ra (đề cương, báo cáo, bảng theo dõi), thường là một thư mục trên ổ dùng chung của văn phòng.',
    label: 'Đường dẫn thư mục',
    placeholder: 'Ví dụ: D:\\ASOEN\\Xuat hoặc \\\\may-chu\\chia-se\\ASOEN',
    hint: 'Gõ đường dẫn đầy đủ. Để trống nếu muốn chọn thư mục mỗi lần xuất.',
    notAbsolute: 'Hãy nhập đường dẫn đầy đủ, bắt đầu bằng ổ đĩa (D:\\), \\\\máy-chủ hoặc /.',
    invalidChars: 'Đường dẫn có ký tự không được phép (< > " | ? *).',
    save: 'Lưu thư mục',
    saved: 'Đã lưu thư mục xuất tệp.',
    cleared: 'Đã bỏ thư mục xuất tệp; mỗi lần xuất sẽ hỏi nơi lưu.',
    current: 'Đang dùng: {{path}}',
    none: 'Chưa chọn thư mục.',
  },
  sample: {
    remove: 'Gỡ dữ liệu mẫu',
    removeTitle: 'Gỡ dữ liệu mẫu?',
    removeMessage:
      'Các cuộc họp, cán bộ, việc cần làm và cơ quan mẫu sẽ bị gỡ khỏi ứng dụng. Dữ liệu thật do bạn nhập không bị động đến. Nếu dữ liệu thật đang tham chiếu tới một mục mẫu, ứng dụng sẽ báo và không gỡ gì cả.',
    removeConfirm: 'Gỡ dữ liệu mẫu',
    removeCancel: 'Không gỡ',
    removed: 'Đã gỡ dữ liệu mẫu: {{n}} mục.',
    nothingToRemove: 'Không có dữ liệu mẫu nào để gỡ.',
    removeFailed: 'Không gỡ được dữ liệu mẫu',
    loadedVersion: 'Dữ liệu mẫu đang có: phiên bản {{version}}.',
    notLoaded: 'Chưa tải dữ liệu mẫu.',
  },
};

export const en: typeof vi = {
  data: {
    title: 'Data',
    description: 'The application keeps its data in one file on this computer. Back this file up, and do not put it on a shared network drive.',
    dataFile: 'Data file',
    copy: 'Copy the path',
    copied: 'Copied',
  },
  export: {
    title: 'Export folder',
    description: 'Where exported files go (briefings, reports, trackers), typically a folder on the office’s shared drive.',
    label: 'Folder path',
    placeholder: 'For example: D:\\ASOEN\\Exports or \\\\server\\share\\ASOEN',
    hint: 'Type the full path. Leave it empty to choose a folder at every export.',
    notAbsolute: 'Type a full path, starting with a drive (D:\\), \\\\server or /.',
    invalidChars: 'The path has characters that are not allowed (< > " | ? *).',
    save: 'Save folder',
    saved: 'Export folder saved.',
    cleared: 'Export folder removed; every export will ask where to save.',
    current: 'In use: {{path}}',
    none: 'No folder chosen.',
  },
  sample: {
    remove: 'Remove sample data',
    removeTitle: 'Remove the sample data?',
    removeMessage:
      'The sample meetings, people, action items and agencies will be removed from the application. Real data you entered is not touched. If real data refers to a sample record, the application says so and removes nothing.',
    removeConfirm: 'Remove sample data',
    removeCancel: 'Keep it',
    removed: 'Sample data removed: {{n}} records.',
    nothingToRemove: 'There was no sample data to remove.',
    removeFailed: 'Could not remove the sample data',
    loadedVersion: 'Sample data present: version {{version}}.',
    notLoaded: 'No sample data loaded.',
  },
};
