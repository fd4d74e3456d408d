// Vulkan-Hpp as the system has it, plus what whisper.cpp 1.9's ggml-vulkan needs from headers newer than
// Debian 12's (1.3.239): the VK_EXT_layer_settings types (headers 1.3.272+), which it uses only to turn on
// the validation layer's best-practice checks. scripts/build-whisper.mjs puts this folder first on the
// include path only when the system's headers lack that extension.
#pragma once
#include_next <vulkan/vulkan.hpp>

#ifndef VK_EXT_layer_settings
namespace vk {
// Same values and layout as VkLayerSettingTypeEXT, VkLayerSettingEXT and VkLayerSettingsCreateInfoEXT.
enum class LayerSettingTypeEXT : int32_t { eBool32 = 0, eInt32, eInt64, eUint32, eUint64, eFloat32, eFloat64, eString };
struct LayerSettingEXT {
  const char *pLayerName;
  const char *pSettingName;
  LayerSettingTypeEXT type;
  uint32_t valueCount;
  const void *pValues;
};
struct LayerSettingsCreateInfoEXT {
  explicit LayerSettingsCreateInfoEXT(const std::vector<LayerSettingEXT> &settings)
      : settingCount(static_cast<uint32_t>(settings.size())), pSettings(settings.data()) {}
  VkStructureType sType = static_cast<VkStructureType>(1000496000); // VK_STRUCTURE_TYPE_LAYER_SETTINGS_CREATE_INFO_EXT
  const void *pNext = nullptr;
  uint32_t settingCount;
  const LayerSettingEXT *pSettings;
};
} // namespace vk
#endif
